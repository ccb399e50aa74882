"use server";

import { revalidatePath } from "next/cache";
import { formValues, type FormState } from "@/lib/form-state";
import { actorOrThrow } from "@/server/auth/session";
import { errorToFormState } from "@/server/form-errors";
import { formText } from "@/server/http/action-input";
import { approveNotice } from "@/server/notices/approve-notice";
import { cancelNotice } from "@/server/notices/cancel-notice";
import { correctNotice } from "@/server/notices/correct-notice";
import { draftNotice } from "@/server/notices/draft-notice";
import { issueNotice } from "@/server/notices/issue-notice";
import { updateNotice } from "@/server/notices/update-notice";
import { vi } from "@/messages/vi";

/** Runs one notice use case for the meeting page and reports the outcome to its form. */
async function run(formData: FormData, work: () => Promise<string>): Promise<FormState> {
  const values = formValues(formData);
  try {
    const message = await work();
    revalidatePath(`/meetings/${formText(formData, "meetingId")}`);
    return { status: "success", message };
  } catch (error) {
    return errorToFormState(error, values);
  }
}

export async function draftNoticeAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return run(formData, async () => {
    await draftNotice({ actor: await actorOrThrow(), meetingId: formText(formData, "meetingId") });
    return vi.notices.drafted;
  });
}

export async function updateNoticeAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return run(formData, async () => {
    const input = Object.fromEntries(
      ["noticeId", "version", "subject", "body", "signerTitle", "signerPosition", "signerName", "recipients"].map((name) => [
        name,
        formText(formData, name),
      ]),
    );
    await updateNotice({ actor: await actorOrThrow(), input: input as never });
    return vi.notices.saved;
  });
}

export async function approveNoticeAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return run(formData, async () => {
    await approveNotice({ actor: await actorOrThrow(), noticeId: formText(formData, "noticeId") });
    return vi.notices.approved;
  });
}

export async function issueNoticeAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return run(formData, async () => {
    const { code } = await issueNotice({ actor: await actorOrThrow(), noticeId: formText(formData, "noticeId") });
    return vi.notices.issued(code);
  });
}

export async function cancelNoticeAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return run(formData, async () => {
    await cancelNotice({
      actor: await actorOrThrow(),
      input: { noticeId: formText(formData, "noticeId"), reason: formText(formData, "reason") },
    });
    return vi.notices.cancelled;
  });
}

export async function correctNoticeAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return run(formData, async () => {
    await correctNotice({ actor: await actorOrThrow(), noticeId: formText(formData, "noticeId") });
    return vi.notices.drafted;
  });
}
