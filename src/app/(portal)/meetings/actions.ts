"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formValues, type FormState } from "@/lib/form-state";
import { actorOrThrow } from "@/server/auth/session";
import { errorToFormState } from "@/server/form-errors";
import { isAppError } from "@/server/errors";
import { discardMinutesDraft, saveMinutesDraft } from "@/server/meetings/autosave-draft";
import { listOrganizationLeaders } from "@/server/meetings/organization-leaders";
import { saveAttendance } from "@/server/meetings/save-attendance";
import { saveDirectives } from "@/server/meetings/save-directives";
import { scheduleMeeting } from "@/server/meetings/schedule-meeting";
import type { TAttendeeInput, TDirectiveInput, TMinutesDraft } from "@/server/meetings/schemas";
import { transitionMeeting } from "@/server/meetings/transition-meeting";
import { updateMeetingDetails } from "@/server/meetings/update-meeting-details";
import { updateMinutes } from "@/server/meetings/update-minutes";
import { vi } from "@/messages/vi";

function detailFields(formData: FormData) {
  return {
    periodId: String(formData.get("periodId") ?? ""),
    kind: String(formData.get("kind") ?? "") as never,
    title: String(formData.get("title") ?? ""),
    startsAt: String(formData.get("startsAt") ?? ""),
    place: String(formData.get("place") ?? ""),
    chairPersonId: String(formData.get("chairPersonId") ?? ""),
    invitedOrganizationIds: formData.getAll("invitedOrganizationIds").map(String),
    reportDeadline: String(formData.get("reportDeadline") ?? ""),
  };
}

/** Keeps the checked organizations across an error (formValues keeps one value per name). */
function valuesWithInvitations(formData: FormData) {
  return {
    ...formValues(formData),
    invitedOrganizationIds: formData.getAll("invitedOrganizationIds").map(String).join(","),
  };
}

export async function scheduleMeetingAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = valuesWithInvitations(formData);
  let meetingId: string;
  try {
    const actor = await actorOrThrow();
    const meeting = await scheduleMeeting({
      actor,
      input: {
        ...detailFields(formData),
        unitId: String(formData.get("unitId") ?? ""),
      },
    });
    meetingId = meeting.id;
    revalidatePath("/meetings");
  } catch (error) {
    return errorToFormState(error, values);
  }
  redirect(`/meetings/${meetingId}`);
}

export async function updateMeetingDetailsAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = valuesWithInvitations(formData);
  const meetingId = String(formData.get("meetingId") ?? "");
  try {
    const actor = await actorOrThrow();
    await updateMeetingDetails({
      actor,
      input: {
        ...detailFields(formData),
        meetingId,
        version: String(formData.get("version") ?? "") as never,
        amendmentReason: String(formData.get("amendmentReason") ?? ""),
      },
    });
    revalidatePath(`/meetings/${meetingId}`);
    return { status: "success", message: vi.meetings.detailsSaved, values };
  } catch (error) {
    if (isAppError(error) && error.code === "CONFLICT") revalidatePath(`/meetings/${meetingId}`);
    return errorToFormState(error, values);
  }
}

export interface EditorResult {
  status: "success" | "error";
  message: string;
  fieldErrors?: Record<string, string>;
}

async function run(meetingId: string, work: () => Promise<unknown>, success: string): Promise<EditorResult> {
  try {
    await work();
    revalidatePath(`/meetings/${meetingId}`);
    revalidatePath("/meetings");
    return { status: "success", message: success };
  } catch (error) {
    // On a conflict the page reloads the newer version underneath; the editor keeps the typed text.
    if (isAppError(error) && error.code === "CONFLICT") revalidatePath(`/meetings/${meetingId}`);
    const state = errorToFormState(error, {});
    return {
      status: "error",
      message: state.message ?? "",
      fieldErrors: state.fieldErrors,
    };
  }
}

export async function saveAttendanceAction(input: {
  meetingId: string;
  version: number;
  attendees: (TAttendeeInput & { id?: string | null })[];
  amendmentReason: string;
}) {
  const actor = await actorOrThrow().catch(() => null);
  if (!actor)
    return {
      status: "error",
      message: vi.errors.UNAUTHENTICATED,
    } satisfies EditorResult;
  return run(input.meetingId, () => saveAttendance({ actor, input }), vi.meetings.attendanceSaved);
}

export async function saveDirectivesAction(input: {
  meetingId: string;
  version: number;
  directives: TDirectiveInput[];
  amendmentReason: string;
}) {
  const actor = await actorOrThrow().catch(() => null);
  if (!actor)
    return {
      status: "error",
      message: vi.errors.UNAUTHENTICATED,
    } satisfies EditorResult;
  return run(input.meetingId, () => saveDirectives({ actor, input }), vi.meetings.directivesSaved);
}

export async function updateMinutesAction(
  input: {
    meetingId: string;
    version: number;
    amendmentReason: string;
  } & TMinutesDraft,
) {
  const actor = await actorOrThrow().catch(() => null);
  if (!actor)
    return {
      status: "error",
      message: vi.errors.UNAUTHENTICATED,
    } satisfies EditorResult;
  return run(input.meetingId, () => updateMinutes({ actor, input }), vi.meetings.minutesSaved);
}

export async function saveDraftAction(input: {
  meetingId: string;
  baseVersion: number;
  data: TMinutesDraft;
}): Promise<{ savedAt: string } | null> {
  try {
    const actor = await actorOrThrow();
    const { savedAt } = await saveMinutesDraft({ actor, input });
    return { savedAt: savedAt.toISOString() };
  } catch {
    return null;
  }
}

export async function discardDraftAction(meetingId: string): Promise<void> {
  const actor = await actorOrThrow();
  await discardMinutesDraft({ actor, meetingId });
}

export async function organizationLeadersAction(meetingId: string) {
  const actor = await actorOrThrow();
  return listOrganizationLeaders({ actor, meetingId });
}

export async function transitionMeetingAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const meetingId = String(formData.get("meetingId") ?? "");
  try {
    const actor = await actorOrThrow();
    await transitionMeeting({
      actor,
      input: {
        meetingId,
        version: String(formData.get("version") ?? "") as never,
        to: String(formData.get("to") ?? "") as never,
      },
    });
    revalidatePath(`/meetings/${meetingId}`);
    revalidatePath("/meetings");
    return { status: "success", message: vi.meetings.transitioned };
  } catch (error) {
    if (isAppError(error) && error.code === "CONFLICT") revalidatePath(`/meetings/${meetingId}`);
    return errorToFormState(error, {});
  }
}
