"use server";

import { revalidatePath } from "next/cache";
import type { FormState } from "@/lib/form-state";
import { actorOrThrow } from "@/server/auth/session";
import { errorToFormState } from "@/server/form-errors";
import { markNotificationsRead } from "@/server/notifications/mark-read";
import { runNotificationJob } from "@/server/notifications/run-notification-job";
import { vi } from "@/messages/vi";

export async function markReadAction(formData: FormData): Promise<void> {
  const actor = await actorOrThrow();
  const id = String(formData.get("notificationId") ?? "");
  await markNotificationsRead({ actor, notificationId: id || undefined });
  revalidatePath("/", "layout");
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
