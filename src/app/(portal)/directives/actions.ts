"use server";

import { revalidatePath } from "next/cache";
import { formValues, type FormState } from "@/lib/form-state";
import { actorOrThrow } from "@/server/auth/session";
import { cancelDirective } from "@/server/directives/cancel-directive";
import { postProgress } from "@/server/directives/post-progress";
import { proposeDone } from "@/server/directives/propose-done";
import { confirmDone, reopenDirective } from "@/server/directives/review-directive";
import { isAppError } from "@/server/errors";
import { errorToFormState } from "@/server/form-errors";
import { formFile, formText } from "@/server/http/action-input";
import { vi } from "@/messages/vi";

function done(directiveId: string, message: string): FormState {
  revalidatePath("/directives");
  revalidatePath(`/directives/${directiveId}`);
  revalidatePath("/dashboard");
  revalidatePath("/", "layout");
  return { status: "success", message };
}

async function run(formData: FormData, message: string, call: (directiveId: string) => Promise<unknown>): Promise<FormState> {
  const values = formValues(formData);
  const directiveId = formText(formData, "directiveId");
  try {
    await call(directiveId);
  } catch (error) {
    if (isAppError(error) && error.code === "CONFLICT") revalidatePath(`/directives/${directiveId}`);
    return errorToFormState(error, values);
  }
  return done(directiveId, message);
}

export async function postProgressAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return run(formData, vi.directives.progressPosted, async (directiveId) => {
    const actor = await actorOrThrow();
    const file = formFile(formData, "file");
    await postProgress({
      actor,
      input: { directiveId, body: formText(formData, "body"), percent: formText(formData, "percent") },
      file: file ? { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) } : null,
    });
  });
}

export async function proposeDoneAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return run(formData, vi.directives.proposed, async (directiveId) => {
    const actor = await actorOrThrow();
    await proposeDone({ actor, input: { directiveId, resultSummary: formText(formData, "resultSummary") } });
  });
}

export async function confirmDoneAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return run(formData, vi.directives.confirmed, async (directiveId) => {
    const actor = await actorOrThrow();
    await confirmDone({ actor, input: { directiveId } });
  });
}

export async function reopenAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return run(formData, vi.directives.reopened, async (directiveId) => {
    const actor = await actorOrThrow();
    await reopenDirective({ actor, input: { directiveId, reason: formText(formData, "reason") } });
  });
}

export async function cancelAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return run(formData, vi.directives.cancelled, async (directiveId) => {
    const actor = await actorOrThrow();
    await cancelDirective({ actor, input: { directiveId, reason: formText(formData, "reason") } });
  });
}
