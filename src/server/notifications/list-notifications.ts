import "server-only";
import type { Actor } from "@/server/auth/actor";
import { getDb } from "@/server/db/client";

/** The actor's own latest notifications (nobody reads another user's). */
export async function listMyNotifications(actor: Actor, take = 5) {
  const db = await getDb();
  return db.notification.findMany({
    where: { userId: actor.id },
    orderBy: { createdAt: "desc" },
    take,
    select: { id: true, title: true, body: true, link: true, createdAt: true, readAt: true },
  });
}
