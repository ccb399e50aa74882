"use server";

import { formAction, formCommand } from "@/server/http/server-action";
import { markNotificationsRead } from "@/server/notifications/mark-read";
import { openNotification } from "@/server/notifications/open-notification";
import { runNotificationJob } from "@/server/notifications/run-notification-job";
import { ZMarkReadSchema, ZOpenNotificationSchema, ZRunJobSchema } from "@/server/notifications/schemas";
import { vi } from "@/messages/vi";

/** A new notification or a read one changes the bell on every page. */
const everyPage = () => [["/", "layout"] as const];

/** One notification by id, or every one when the form names none. */
export const markReadAction = formCommand({
  schema: ZMarkReadSchema,
  run: ({ actor, data }) => markNotificationsRead({ actor, notificationId: data.notificationId || undefined }),
  revalidate: everyPage,
});

/** Opens a notification: marks it read, then goes where it leads. */
export const openNotificationAction = formCommand({
  schema: ZOpenNotificationSchema,
  run: ({ actor, data }) => openNotification({ actor, notificationId: data.notificationId }),
  revalidate: everyPage,
  redirectTo: (_data, target) => target,
});

export const runJobAction = formAction({
  schema: ZRunJobSchema,
  run: ({ actor }) => runNotificationJob({ actor }),
  revalidate: everyPage,
  done: (result) => vi.notifications.jobDone(result.created),
});
