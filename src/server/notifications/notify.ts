import "server-only";
import type { Action, RecordScope } from "@/server/auth/policy";
import type { Tx } from "@/server/db/client";
import { recipientsOf } from "./recipients";

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

/** Tells everyone who may do `action` on the record the same thing, one notification each. */
export async function notifyWhoCan(
  tx: Tx,
  action: Action,
  record: RecordScope,
  notification: Omit<NewNotification, "userId">,
): Promise<number> {
  const users = await recipientsOf(tx, action, record);
  return notify(
    tx,
    users.map((userId) => ({ userId, ...notification })),
  );
}
