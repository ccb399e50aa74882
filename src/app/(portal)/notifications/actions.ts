"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { FormState } from "@/lib/form-state";
import { actorOrThrow } from "@/server/auth/session";
import { errorToFormState } from "@/server/form-errors";
import { formText } from "@/server/http/action-input";
import { markNotificationsRead } from "@/server/notifications/mark-read";
import { openNotification } from "@/server/notifications/open-notification";
import { runNotificationJob } from "@/server/notifications/run-notification-job";
import { vi } from "@/messages/vi";

export async function markReadAction(formData: FormData): Promise<void> {
  const actor = await actorOrThrow();
  const id = formText(formData, "notificationId");
  await markNotificationsRead({ actor, notificationId: id || undefined });
  revalidatePath("/", "layout");
}

/** Opens a notification: marks it read, then goes where it leads. */
export async function openNotificationAction(formData: FormData): Promise<void> {
  const actor = await actorOrThrow();
  const target = await openNotification({ actor, notificationId: formText(formData, "notificationId") });
  revalidatePath("/", "layout");
  redirect(target);
}

export async function runJobAction(_previous: FormState): Promise<FormState> {
  try {
    const actor = await actorOrThrow();
    const result = await runNotificationJob({ actor });
    revalidatePath("/", "layout");
    return { status: "success", message: vi.notifications.jobDone(result.created) };
  } catch (error) {
    return errorToFormState(error, {});
  }
}
