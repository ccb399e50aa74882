import { z } from "zod";
import { ATTENDANCE_ROLES, ATTENDEE_KINDS, DATE_PRECISIONS, MEETING_HOSTS, NEXT_QUARTER_END, PRESENCES } from "./form-fields";
import { ZIdParam, ZPageParam, ZRecordVersion, ZSearchParam } from "@/lib/schema-fields";
import { meetings } from "@/messages/vi/meetings";
import { validation } from "@/messages/vi/validation";
import { meetingRecordVi } from "@/messages/vi/meeting-record";
import { isCalendarDay, isLocalDateTime } from "@/lib/dates";
import { fitsPrecision, isMeetingTimeValue, type DatePrecision } from "@/lib/meeting-time";
import { cleanText, storableText } from "@/lib/text";

/** Required text: NFC, trimmed, 1..max characters. */
const text = (max: number) =>
  z
    .string({ error: validation.required })
    .transform(cleanText)
    .pipe(z.string().min(1, validation.required).max(max, validation.tooLong(max)));

/** Optional text: NFC, trimmed, "" when missing. */
const optionalText = (max: number) =>
  z
    .string()
    .optional()
    .transform((value) => cleanText(value ?? ""))
    .pipe(z.string().max(max, validation.tooLong(max)));

const optionalId = z
  .string()
  .optional()
  .nullable()
  .transform((value) => (value ? value : null));

const id = z.string({ error: validation.required }).min(1, validation.required);

/** "2020-03-24T14:00" as typed in a datetime-local input (Vietnam wall-clock time). */
const dateTimeLocal = z
  .string()
  .optional()
  .transform((value) => (value ? value.trim() : ""))
  .pipe(z.union([z.literal(""), z.string().refine(isLocalDateTime, validation.invalidDateTime)]));

/** The meeting's start as typed for its precision: "2020-03-24T14:00", "2020-03-24" or "2020-03". */
const meetingTime = z
  .string()
  .optional()
  .transform((value) => (value ? value.trim() : ""))
  .pipe(z.union([z.literal(""), z.string().refine(isMeetingTimeValue, validation.invalidDateTime)]));

const version = ZRecordVersion;

export const ZDatePrecisionSchema = z.enum(DATE_PRECISIONS, { error: validation.invalidChoice });
export const ZMeetingHostSchema = z.enum(MEETING_HOSTS, {
  error: validation.invalidChoice,
});

/** Where a record came from: a press article's address (http or https only). */
const sourceUrl = optionalText(1000).refine(
  (value) => !value || /^https?:\/\/[^\s]+$/i.test(value),
  meetingRecordVi.rules.badUrl,
);

/**
 * The meeting's facts in their own fields (issue 14): host, end, how much of the time is known,
 * results, shortcomings, internal notes (never printed), the source article, archive entry.
 */
const meetingFacts = {
  datePrecision: ZDatePrecisionSchema.default("DATE_TIME"),
  endsAt: dateTimeLocal,
  host: z
    .union([z.literal(""), ZMeetingHostSchema])
    .optional()
    .transform((value) => value || null),
  resultsText: optionalText(50000),
  shortcomingsText: optionalText(50000),
  internalNotes: optionalText(20000),
  sourceUrl,
  sourceTitle: optionalText(500),
  isArchive: z.boolean().default(false),
  /** Periods the meeting covers beside its primary one (Quý II with "6 tháng đầu năm"). */
  companionPeriodIds: z.array(z.string().min(1)).max(4).default([]),
};

/**
 * The time rules shared by the form and the use cases: the start has the precision's form, an
 * end only with a known day and hour, and after the start.
 */
function checkMeetingTimes(value: { datePrecision?: string; startsAt?: string; endsAt?: string }, ctx: z.RefinementCtx): void {
  const precision = (value.datePrecision ?? "DATE_TIME") as DatePrecision;
  const { startsAt, endsAt } = value;
  if (startsAt && !fitsPrecision(startsAt, precision))
    ctx.addIssue({ code: "custom", path: ["startsAt"], message: validation.invalidDateTime });
  if (!endsAt) return;
  if (precision !== "DATE_TIME") {
    ctx.addIssue({ code: "custom", path: ["endsAt"], message: meetingRecordVi.rules.endOnlyWithTime });
    return;
  }
  if (startsAt === "") {
    ctx.addIssue({ code: "custom", path: ["endsAt"], message: meetingRecordVi.rules.endNeedsStart });
    return;
  }
  if (startsAt && fitsPrecision(startsAt, "DATE_TIME") && endsAt <= startsAt) {
    ctx.addIssue({ code: "custom", path: ["endsAt"], message: meetingRecordVi.rules.endBeforeStart });
    ctx.addIssue({ code: "custom", path: ["startsAt"], message: meetingRecordVi.rules.startAfterEnd });
  }
}

export const ZMeetingKindSchema = z.enum(["LIAISON", "BRIEFING"], {
  error: validation.invalidChoice,
});
export const ZMeetingStatusSchema = z.enum(["DRAFT", "SCHEDULED", "HELD", "CONCLUDED", "PUBLISHED"], {
  error: validation.invalidChoice,
});
export const ZAttendanceRoleSchema = z.enum(ATTENDANCE_ROLES, {
  error: validation.invalidChoice,
});

/** The reason of an amendment to a published meeting ("" when the meeting is not published). */
const amendmentReason = optionalText(1000);

/** The details of the "schedule" form, shared by scheduling and editing. */
const meetingDetails = {
  periodId: id,
  kind: ZMeetingKindSchema,
  title: text(300),
  startsAt: meetingTime,
  place: optionalText(300),
  chairPersonId: optionalId,
  invitedOrganizationIds: z.array(z.string().min(1)).max(50),
  reportDeadline: dateTimeLocal,
  ...meetingFacts,
};

export const ZScheduleMeetingSchema = z
  .object({
    unitId: id,
    ...meetingDetails,
    invitedOrganizationIds: meetingDetails.invitedOrganizationIds.default([]),
  })
  .superRefine(checkMeetingTimes);
export type TScheduleMeetingInput = z.input<typeof ZScheduleMeetingSchema>;

/**
 * Editing: a detail left out keeps its stored value (undefined), while "" clears an optional
 * one, so a form or caller that sends only the time can never blank the chair or the place.
 */
export const ZUpdateMeetingDetailsSchema = z
  .object(meetingDetails)
  .partial()
  .extend({
    meetingId: id,
    version,
    amendmentReason,
  })
  .superRefine(checkMeetingTimes);
export type TUpdateMeetingDetailsInput = z.input<typeof ZUpdateMeetingDetailsSchema>;

export const ZAttendeeKindSchema = z.enum(ATTENDEE_KINDS, { error: validation.invalidChoice });
export const ZPresenceSchema = z.enum(PRESENCES, {
  error: validation.invalidChoice,
});

/**
 * One row of the roll call: a named person, or a delegation ("Đại diện lãnh đạo <body>", its
 * body in fullName or organizationId, with a head count); its role and its presence. A person
 * known only by post (an archive entry's chair) has the post and no name.
 */
const attendeeFields = z.object({
  personId: optionalId,
  kind: ZAttendeeKindSchema.default("PERSON"),
  fullName: optionalText(120),
  position: optionalText(300),
  organizationId: optionalId,
  role: ZAttendanceRoleSchema,
  // Empty: a delegation whose size the source does not give (null), never guessed as one.
  headCount: z.preprocess(
    (value) => (value === "" || value === null ? null : value),
    z.coerce
      .number({ error: meetingRecordVi.rules.headCountRange })
      .int(meetingRecordVi.rules.headCountRange)
      .min(1, meetingRecordVi.rules.headCountRange)
      .max(50, meetingRecordVi.rules.headCountRange)
      .nullable()
      .default(1),
  ),
  presence: ZPresenceSchema.default("PRESENT"),
  // null as the database holds it, "" as a form sends it
  absenceReason: z.preprocess((value) => value ?? "", optionalText(500)),
  substituteFor: z.preprocess((value) => value ?? "", optionalText(200)),
});

type AttendeeFields = z.output<typeof attendeeFields>;

function checkAttendee(row: AttendeeFields, ctx: z.RefinementCtx) {
  if (row.kind === "PERSON" && !row.fullName && !row.position)
    ctx.addIssue({ code: "custom", path: ["fullName"], message: validation.required });
  if (row.kind === "DELEGATION" && !row.fullName && !row.organizationId)
    ctx.addIssue({ code: "custom", path: ["fullName"], message: meetingRecordVi.rules.delegationBodyRequired });
  if (row.presence === "EXCUSED" && !row.absenceReason)
    ctx.addIssue({ code: "custom", path: ["absenceReason"], message: meetingRecordVi.rules.absenceReasonRequired });
  if (row.presence === "SUBSTITUTE" && !row.substituteFor)
    ctx.addIssue({ code: "custom", path: ["substituteFor"], message: meetingRecordVi.rules.substituteForRequired });
}

// A person is one head; a reason belongs to the presence it explains.
const settleAttendee = <T extends AttendeeFields>(row: T) => ({
  ...row,
  headCount: row.kind === "PERSON" ? 1 : row.headCount,
  absenceReason: row.presence === "EXCUSED" ? row.absenceReason : null,
  substituteFor: row.presence === "SUBSTITUTE" ? row.substituteFor : null,
});

/**
 * One row of the roll call: a named person, or a delegation ("Đại diện lãnh đạo <body>", its
 * body in fullName or organizationId, with a head count); its role and its presence. A person
 * known only by post (an archive entry's chair) has the post and no name.
 */
export const ZAttendeeSchema = attendeeFields.superRefine(checkAttendee).transform(settleAttendee);
export type TAttendeeInput = z.input<typeof ZAttendeeSchema>;

export const ZSaveAttendanceSchema = z.object({
  meetingId: id,
  version,
  /** Existing rows keep their id, so remarks stay linked. */
  attendees: z.array(attendeeFields.extend({ id: optionalId }).superRefine(checkAttendee).transform(settleAttendee)).max(200),
  amendmentReason,
});
export type TSaveAttendanceInput = z.input<typeof ZSaveAttendanceSchema>;

export const ZRemarkSchema = z.object({
  attendanceId: optionalId,
  body: text(20000),
});

export const ZUpdateMinutesSchema = z.object({
  meetingId: id,
  version,
  situationSummary: optionalText(50000),
  conclusionText: optionalText(50000),
  remarks: z.array(ZRemarkSchema).max(100).default([]),
  amendmentReason,
});
export type TUpdateMinutesInput = z.input<typeof ZUpdateMinutesSchema>;

export { NEXT_QUARTER_END };
const dueDate = z
  .string()
  .optional()
  .transform((value) => (value ? value.trim() : ""))
  .pipe(z.union([z.literal(""), z.literal(NEXT_QUARTER_END), z.string().refine(isCalendarDay, validation.invalidDate)]));

export const ZKnownStatusSchema = z.enum(["UNKNOWN", "DONE", "NOT_FOLLOWED"], { error: validation.invalidChoice });

export const ZDirectiveSchema = z
  .object({
    id: optionalId,
    content: text(5000),
    category: optionalText(120),
    dueDate,
    leadOrganizationIds: z.array(z.string().min(1)).min(1, meetings.leadRequired).max(20),
    supportOrganizationIds: z.array(z.string().min(1)).max(50).default([]),
    /** An archive entry's directive with what is known of it (issue 14 §3); ignored for current meetings. */
    knownStatus: z
      .union([z.literal(""), ZKnownStatusSchema])
      .optional()
      .transform((value) => value || null),
  })
  .refine((value) => !value.supportOrganizationIds.some((org) => value.leadOrganizationIds.includes(org)), {
    message: meetings.leadAndSupport,
    path: ["supportOrganizationIds"],
  });
export type TDirectiveInput = z.input<typeof ZDirectiveSchema>;

export const ZSaveDirectivesSchema = z.object({
  meetingId: id,
  version,
  /** In the order they are to be numbered; an existing id missing here is deleted. */
  directives: z.array(ZDirectiveSchema).max(100),
  amendmentReason,
});
export type TSaveDirectivesInput = z.input<typeof ZSaveDirectivesSchema>;

export const ZTransitionSchema = z.object({
  meetingId: id,
  version,
  to: ZMeetingStatusSchema,
});
export type TTransitionInput = z.input<typeof ZTransitionSchema>;

export const ZMinutesDraftSchema = z.object({
  // Stored as JSON, which PostgreSQL refuses with a NUL escape in it; kept as typed otherwise.
  situationSummary: z.string().max(50000).default("").transform(storableText),
  conclusionText: z.string().max(50000).default("").transform(storableText),
  remarks: z
    .array(
      z.object({
        attendanceId: z.string().nullable().default(null),
        body: z.string().max(20000).transform(storableText),
      }),
    )
    .max(100)
    .default([]),
});
export type TMinutesDraft = z.infer<typeof ZMinutesDraftSchema>;

export const ZSaveDraftSchema = z.object({
  meetingId: id,
  baseVersion: version,
  data: ZMinutesDraftSchema,
});
export type TSaveDraftInput = z.input<typeof ZSaveDraftSchema>;

/** The meeting list's filters (`/meetings?q=…`, its export): a bad value falls back to none. */
export const ZListMeetingsSchema = z.object({
  q: ZSearchParam,
  year: z.coerce.number().int().min(1990).max(2100).optional().catch(undefined),
  periodId: ZIdParam,
  unitId: ZIdParam,
  kind: ZMeetingKindSchema.optional().catch(undefined),
  status: ZMeetingStatusSchema.optional().catch(undefined),
  page: ZPageParam,
});
export type TListMeetingsInput = z.input<typeof ZListMeetingsSchema>;

/** The meeting list's unit picker search (`?unitq=`): narrows the units offered, not the list. */
export const ZMeetingUnitPickerParams = z.object({ unitq: ZSearchParam });

/** The minutes editor's autosave call: one argument, the draft. */
export const ZSaveDraftArgs = z.tuple([ZSaveDraftSchema]);
