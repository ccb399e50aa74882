import "server-only";
import type { Actor } from "@/server/auth/actor";
import { getDb } from "@/server/db/client";
import { AppError } from "@/server/errors";

/**
 * Opening one of the actor's own notifications marks it read and answers where it leads:
 * its link when that is a path inside the portal, else the inbox. Another user's
 * notification is NOT_FOUND. Like marking read, it is not audited.
 */
export async function openNotification({
  actor,
  notificationId,
  now = new Date(),
}: {
  actor: Actor;
  notificationId: string;
  now?: Date;
}): Promise<string> {
  const db = await getDb();
  const notification = await db.notification.findFirst({
    where: { id: notificationId, userId: actor.id },
    select: { id: true, link: true, readAt: true },
  });
  if (!notification) throw new AppError("NOT_FOUND");
  if (!notification.readAt) {
    await db.notification.updateMany({ where: { id: notification.id, readAt: null }, data: { readAt: now } });
  }
  const link = notification.link ?? "";
  return link.startsWith("/") && !link.startsWith("//") ? link : "/notifications";
}
