"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formValues, KEEP_STORED, type FormState } from "@/lib/form-state";
import type { Actor } from "@/server/auth/actor";
import { actorOrThrow } from "@/server/auth/session";
import { errorToFormState } from "@/server/form-errors";
import { argRecord, argText, formText, sentText, sentTexts } from "@/server/http/action-input";
import { isAppError, toAppError } from "@/server/errors";
import { discardMinutesDraft, saveMinutesDraft } from "@/server/meetings/autosave-draft";
import { listOrganizationLeaders } from "@/server/meetings/organization-leaders";
import { saveAttendance } from "@/server/meetings/save-attendance";
import { saveDirectives } from "@/server/meetings/save-directives";
import { scheduleMeeting } from "@/server/meetings/schedule-meeting";
import type { TAttendeeInput, TDirectiveInput, TMinutesDraft, TScheduleMeetingInput } from "@/server/meetings/schemas";
import { transitionMeeting } from "@/server/meetings/transition-meeting";
import { updateMeetingDetails } from "@/server/meetings/update-meeting-details";
import { updateMinutes } from "@/server/meetings/update-minutes";
import { vi } from "@/messages/vi";

function chairOf(value: string | undefined): string | undefined {
  return value === KEEP_STORED ? undefined : value;
}

/** The schedule's details as sent; a detail the form left out stays undefined, so an edit keeps it. */
function detailFields(formData: FormData) {
  return {
    periodId: sentText(formData, "periodId"),
    kind: sentText(formData, "kind") as never,
    title: sentText(formData, "title"),
    startsAt: sentText(formData, "startsAt"),
    place: sentText(formData, "place"),
    chairPersonId: chairOf(sentText(formData, "chairPersonId")),
    invitedOrganizationIds: sentTexts(formData, "invitedOrganizationIds"),
    reportDeadline: sentText(formData, "reportDeadline"),
  };
}

/** Keeps the checked organizations across an error (formValues keeps one value per name). */
function valuesWithInvitations(formData: FormData) {
  return {
    ...formValues(formData),
    invitedOrganizationIds: (sentTexts(formData, "invitedOrganizationIds") ?? []).join(","),
  };
}

export async function scheduleMeetingAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = valuesWithInvitations(formData);
  let meetingId: string;
  try {
    const actor = await actorOrThrow();
    const meeting = await scheduleMeeting({
      actor,
      // Missing required details are refused by the schema with their field messages.
      input: { ...detailFields(formData), unitId: formText(formData, "unitId") } as TScheduleMeetingInput,
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
  const meetingId = formText(formData, "meetingId");
  try {
    const actor = await actorOrThrow();
    await updateMeetingDetails({
      actor,
      input: {
        ...detailFields(formData),
        meetingId,
        version: formText(formData, "version") as never,
        amendmentReason: formText(formData, "amendmentReason"),
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

/** An editor's save: the sent object cleaned of what the network may carry; the use case's schema validates it. */
async function runEditor<T extends { meetingId: string }>(
  sent: T,
  save: (actor: Actor, input: T) => Promise<unknown>,
  success: string,
): Promise<EditorResult> {
  const actor = await actorOrThrow().catch(() => null);
  if (!actor) return { status: "error", message: vi.errors.UNAUTHENTICATED };
  const input = argRecord(sent) as T;
  return run(argText(input.meetingId), () => save(actor, input), success);
}

export async function saveAttendanceAction(input: {
  meetingId: string;
  version: number;
  attendees: (TAttendeeInput & { id?: string | null })[];
  amendmentReason: string;
}) {
  return runEditor(input, (actor, cleaned) => saveAttendance({ actor, input: cleaned }), vi.meetings.attendanceSaved);
}

export async function saveDirectivesAction(input: {
  meetingId: string;
  version: number;
  directives: TDirectiveInput[];
  amendmentReason: string;
}) {
  return runEditor(input, (actor, cleaned) => saveDirectives({ actor, input: cleaned }), vi.meetings.directivesSaved);
}

export async function updateMinutesAction(
  input: {
    meetingId: string;
    version: number;
    amendmentReason: string;
  } & TMinutesDraft,
) {
  return runEditor(input, (actor, cleaned) => updateMinutes({ actor, input: cleaned }), vi.meetings.minutesSaved);
}

export async function saveDraftAction(input: {
  meetingId: string;
  baseVersion: number;
  data: TMinutesDraft;
}): Promise<{ savedAt: string } | null> {
  try {
    const actor = await actorOrThrow();
    const { savedAt } = await saveMinutesDraft({ actor, input: argRecord(input) as typeof input });
    return { savedAt: savedAt.toISOString() };
  } catch (error) {
    // An autosave that is refused just says "not saved"; a defect is still reported.
    if (!toAppError(error)) console.error(error);
    return null;
  }
}

export async function discardDraftAction(meetingId: string): Promise<void> {
  const actor = await actorOrThrow();
  await discardMinutesDraft({ actor, meetingId: argText(meetingId) });
}

export async function organizationLeadersAction(meetingId: string) {
  const actor = await actorOrThrow();
  return listOrganizationLeaders({ actor, meetingId: argText(meetingId) });
}

export async function transitionMeetingAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const meetingId = formText(formData, "meetingId");
  try {
    const actor = await actorOrThrow();
    await transitionMeeting({
      actor,
      input: {
        meetingId,
        version: formText(formData, "version") as never,
        to: formText(formData, "to") as never,
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
