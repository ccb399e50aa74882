import "server-only";
import type { Actor } from "@/server/auth/actor";
import { getDb } from "@/server/db/client";

/**
 * Marks the actor's own notifications read: one (by id) or all. Another user's
 * notification is never touched (the user id is in the where clause). Reading is not
 * audited: it changes nothing but the reader's own inbox.
 */
export async function markNotificationsRead({
  actor,
  notificationId,
  now = new Date(),
}: {
  actor: Actor;
  notificationId?: string;
  now?: Date;
}): Promise<number> {
  const db = await getDb();
  const result = await db.notification.updateMany({
    where: { userId: actor.id, readAt: null, ...(notificationId ? { id: notificationId } : {}) },
    data: { readAt: now },
  });
  return result.count;
}
