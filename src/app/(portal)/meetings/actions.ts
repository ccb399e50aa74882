"use server";

import { ZRecordRefArgs } from "@/lib/schema-fields";
import { autosaveAction, callAction, formAction, objectAction } from "@/server/http/server-action";
import { discardMinutesDraft, saveMinutesDraft } from "@/server/meetings/autosave-draft";
import { listMeetingPickers } from "@/server/meetings/list-meeting-pickers";
import { listOrganizationLeaders } from "@/server/meetings/organization-leaders";
import { saveAttendance } from "@/server/meetings/save-attendance";
import { saveDirectives } from "@/server/meetings/save-directives";
import { scheduleMeeting } from "@/server/meetings/schedule-meeting";
import {
  ZSaveAttendanceSchema,
  ZSaveDirectivesSchema,
  ZSaveDraftArgs,
  ZScheduleMeetingSchema,
  ZTransitionSchema,
  ZUpdateMeetingDetailsSchema,
  ZUpdateMinutesSchema,
} from "@/server/meetings/schemas";
import { transitionMeeting } from "@/server/meetings/transition-meeting";
import { updateMeetingDetails } from "@/server/meetings/update-meeting-details";
import { updateMinutes } from "@/server/meetings/update-minutes";
import { vi } from "@/messages/vi";
import { citeDocument } from "@/server/documents/cite-document";
import { ZCiteDocumentSchema, ZUnciteDocumentSchema } from "@/server/documents/schemas";
import { unciteDocument } from "@/server/documents/uncite-document";

const meetingPage = ({ meetingId }: { meetingId: string }) => [`/meetings/${meetingId}`];
const meetingPages = ({ meetingId }: { meetingId: string }) => [`/meetings/${meetingId}`, "/meetings"];

export const scheduleMeetingAction = formAction({
  schema: ZScheduleMeetingSchema,
  run: ({ actor, input }) => scheduleMeeting({ actor, input }),
  revalidate: () => ["/meetings"],
  redirectTo: (_data, meeting) => `/meetings/${meeting.id}`,
  done: () => vi.meetings.detailsSaved,
});

/** A detail the form left out stays undefined (the schema is partial), so an edit keeps it. */
export const updateMeetingDetailsAction = formAction({
  schema: ZUpdateMeetingDetailsSchema,
  run: ({ actor, input }) => updateMeetingDetails({ actor, input }),
  revalidate: meetingPage,
  // On a conflict the page reloads the newer version underneath; the form keeps the typed text.
  revalidateOnConflict: meetingPage,
  done: () => vi.meetings.detailsSaved,
  keepValues: true,
});

export const saveAttendanceAction = objectAction({
  schema: ZSaveAttendanceSchema,
  run: ({ actor, input }) => saveAttendance({ actor, input }),
  revalidate: meetingPages,
  revalidateOnConflict: meetingPage,
  done: () => vi.meetings.attendanceSaved,
});

export const saveDirectivesAction = objectAction({
  schema: ZSaveDirectivesSchema,
  run: ({ actor, input }) => saveDirectives({ actor, input }),
  revalidate: meetingPages,
  revalidateOnConflict: meetingPage,
  done: () => vi.meetings.directivesSaved,
});

export const updateMinutesAction = objectAction({
  schema: ZUpdateMinutesSchema,
  run: ({ actor, input }) => updateMinutes({ actor, input }),
  revalidate: meetingPages,
  revalidateOnConflict: meetingPage,
  done: () => vi.meetings.minutesSaved,
});

export const saveDraftAction = autosaveAction({
  schema: ZSaveDraftArgs,
  run: async ({ actor, input: [draft] }) => {
    const { savedAt } = await saveMinutesDraft({ actor, input: draft });
    return { savedAt: savedAt.toISOString() };
  },
});

export const discardDraftAction = callAction({
  schema: ZRecordRefArgs,
  run: ({ actor, data: [meetingId] }) => discardMinutesDraft({ actor, meetingId }),
});

export const organizationLeadersAction = callAction({
  schema: ZRecordRefArgs,
  run: ({ actor, data: [meetingId] }) => listOrganizationLeaders({ actor, meetingId }),
});

/** The editors' picker options, asked for when an editor opens (not carried in the page). */
export const meetingPickersAction = callAction({
  schema: ZRecordRefArgs,
  run: ({ actor, data: [meetingId] }) => listMeetingPickers({ actor, meetingId }),
});

export const transitionMeetingAction = formAction({
  schema: ZTransitionSchema,
  run: ({ actor, input }) => transitionMeeting({ actor, input }),
  revalidate: meetingPages,
  revalidateOnConflict: meetingPage,
  done: () => vi.meetings.transitioned,
});

/** A citation added by hand (a document without a number, by issuer and title); the registry lists it too. */
export const citeDocumentAction = formAction({
  schema: ZCiteDocumentSchema,
  run: ({ actor, input }) => citeDocument({ actor, input }),
  revalidate: ({ meetingId }) => [`/meetings/${meetingId}`, "/documents"],
  done: () => vi.meetingRecord.citations.added,
});

export const unciteDocumentAction = formAction({
  schema: ZUnciteDocumentSchema,
  run: ({ actor, input }) => unciteDocument({ actor, input }),
  revalidate: ({ meetingId }) => [`/meetings/${meetingId}`, "/documents"],
  done: () => vi.meetingRecord.citations.removed,
});
