import "server-only";
import type { Tx } from "@/server/db/client";

export interface NewNotification {
  userId: string;
  kind: string;
  title: string;
  body?: string;
  link?: string;
  /** One notification per user per key: sending twice creates nothing new. */
  dedupeKey: string;
}

/** Creates in-app notifications, skipping those already sent; returns how many are new. */
export async function notify(tx: Tx, notifications: NewNotification[]): Promise<number> {
  if (notifications.length === 0) return 0;
  const result = await tx.notification.createMany({
    data: notifications.map((item) => ({ ...item, body: item.body ?? "", link: item.link ?? null })),
    skipDuplicates: true,
  });
  return result.count;
}
