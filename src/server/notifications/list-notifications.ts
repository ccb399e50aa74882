import "server-only";
import type { Actor } from "@/server/auth/actor";
import { getSessionState } from "@/server/auth/session-state";
import { getDb } from "@/server/db/client";

export const NOTIFICATIONS_PAGE_SIZE = 30;

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

/** How many of the actor's own notifications are unread (the bell's badge, on every page). */
export function countMyUnread(actor: Actor): Promise<number> {
  // Every signed-in page shows it: it is read with the session check's statement (docs/decisions/0045).
  return getSessionState(actor.id).then((state) => state?.unread ?? 0);
}

/** One page of the actor's own notifications, newest first. */
export async function listMyNotificationsPage(actor: Actor, page: number) {
  const db = await getDb();
  const where = { userId: actor.id };
  const [total, rows] = await Promise.all([
    db.notification.count({ where }),
    db.notification.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      skip: (page - 1) * NOTIFICATIONS_PAGE_SIZE,
      take: NOTIFICATIONS_PAGE_SIZE,
      select: { id: true, kind: true, title: true, body: true, link: true, createdAt: true, readAt: true },
    }),
  ]);
  return { total, rows, page, pages: Math.max(1, Math.ceil(total / NOTIFICATIONS_PAGE_SIZE)) };
}
