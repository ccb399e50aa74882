import "server-only";
import { recordAudit } from "@/server/audit/record-audit";
import type { MeetingStatus } from "@prisma/client";
import type { Actor } from "@/server/auth/actor";
import { assertCan, can, type RecordScope } from "@/server/auth/policy";
import { getDb, type Tx } from "@/server/db/client";
import { guardedUpdate } from "@/server/db/guarded-update";
import { upsertDocumentRefs } from "@/server/documents/upsert-document-refs";
import { AppError } from "@/server/errors";
import { parseInput, type InputSchema } from "@/server/form-errors";
import { formatPeriod } from "@/lib/periods";
import { meetingSearchText } from "@/lib/meeting-search-text";
import { message } from "@/messages/message-ref";
import { isFrozenMeeting } from "@/server/units/unit-rules";

export interface MeetingForWrite {
  id: string;
  unitId: string;
  status: MeetingStatus;
  version: number;
  startsAt: Date | null;
  unitPath: string;
  invitedOrganizationIds: string[];
  /** The meeting's unit has ended (merged, split or dissolved): its records are read-only. */
  unitEnded?: boolean;
}

/** The permission check's view of a meeting. */
export function meetingScope(
  meeting: Pick<MeetingForWrite, "unitPath" | "invitedOrganizationIds" | "status" | "unitEnded">,
): RecordScope {
  return {
    unitPath: meeting.unitPath,
    organizationIds: meeting.invitedOrganizationIds,
    published: meeting.status === "PUBLISHED",
    unitEnded: meeting.unitEnded ?? false,
  };
}

/** Before anything is read: does the role edit meeting content at all (in some scope)? */
export function assertMayEditMeetings(actor: Actor): void {
  if (!can(actor, "update:meeting") && !can(actor, "amend:meeting")) throw new AppError("FORBIDDEN");
}

/** Loads a meeting inside the transaction and locks its row against concurrent writers. */
export async function loadMeetingForWrite(tx: Tx, meetingId: string): Promise<MeetingForWrite> {
  const meeting = await tx.meeting.findUnique({
    where: { id: meetingId },
    select: {
      id: true,
      unitId: true,
      status: true,
      version: true,
      startsAt: true,
      isArchive: true,
      unit: { select: { path: true, validTo: true } },
      invitations: { select: { organizationId: true } },
    },
  });
  if (!meeting) throw new AppError("NOT_FOUND");
  return {
    id: meeting.id,
    unitId: meeting.unitId,
    status: meeting.status,
    version: meeting.version,
    startsAt: meeting.startsAt,
    unitPath: meeting.unit.path,
    invitedOrganizationIds: meeting.invitations.map((row) => row.organizationId),
    unitEnded: isFrozenMeeting(meeting),
  };
}

/**
 * Who may change a meeting's content, and how: freely until it is held and
 * concluded; never while a leader's approval stands unpublished; after
 * publication only through an amendment with a reason (DESIGN.md §3).
 * Returns whether the change is an amendment.
 */
export function assertContentEditable(actor: Actor, meeting: MeetingForWrite, amendmentReason: string): boolean {
  if (meeting.status === "PUBLISHED") {
    assertCan(actor, "amend:meeting", meetingScope(meeting));
    if (!amendmentReason) {
      throw new AppError("INVALID_INPUT", message("meetings.rules.amendmentReason"), {
        amendmentReason: message("meetings.rules.amendmentReason"),
      });
    }
    return true;
  }
  assertCan(actor, "update:meeting", meetingScope(meeting));
  if (meeting.status === "CONCLUDED") throw new AppError("INVALID_STATE", message("meetings.rules.locked"));
  return false;
}

/**
 * Every edit of a meeting's content opens the same way: the role edits meetings at all, the input
 * parses, and in one transaction the meeting is loaded (locked) and checked editable: a published
 * one only by amendment, with its reason. `edit` gets the reason to record (null unless amending).
 */
export async function editMeetingContent<T extends { meetingId: string; amendmentReason: string }, R>(
  actor: Actor,
  schema: InputSchema<T>,
  input: unknown,
  edit: (tx: Tx, opened: { data: T; meeting: MeetingForWrite; amendmentReason: string | null }) => Promise<R>,
): Promise<R> {
  assertMayEditMeetings(actor);
  const data = parseInput(schema, input);
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const meeting = await loadMeetingForWrite(tx, data.meetingId);
    const amending = assertContentEditable(actor, meeting, data.amendmentReason);
    return edit(tx, { data, meeting, amendmentReason: amending ? data.amendmentReason : null });
  });
}

/** Optimistic concurrency: the write goes through only if nobody saved since `version` was read. */
export async function bumpVersion(tx: Tx, meetingId: string, version: number): Promise<number> {
  await guardedUpdate(tx, "meeting", { id: meetingId, version }, {});
  return version + 1;
}

/**
 * Records one change to a meeting: the audit entry always, and after publication
 * also the amendment with its reason (DESIGN.md §3: never a silent correction).
 */
export async function recordMeetingChange(
  tx: Tx,
  actor: Actor,
  change: { meetingId: string; part: string; action: string; before: unknown; after: unknown; amendmentReason: string | null },
): Promise<void> {
  const { meetingId, part, before, after, amendmentReason } = change;
  if (amendmentReason) {
    await tx.meetingAmendment.create({
      data: {
        meetingId,
        reason: amendmentReason,
        authorId: actor.id,
        changes: JSON.parse(JSON.stringify({ [part]: { before, after } })),
      },
    });
  }
  await recordAudit(tx, actor.id, amendmentReason ? "meeting.amend" : change.action, ["Meeting", meetingId], {
    before,
    // Field-level changes stay at the top so the history can name the fields; lists go under their part.
    after: amendmentReason
      ? Array.isArray(after) || typeof after !== "object" || after === null
        ? { [part]: after, reason: amendmentReason }
        : { ...after, reason: amendmentReason }
      : after,
  });
}

/** Checks that organizations belong to the meeting's unit. */
export async function assertOrganizationsOfUnit(
  tx: Tx,
  unitId: string,
  organizationIds: readonly string[],
  field: string,
): Promise<void> {
  const unique = [...new Set(organizationIds)];
  if (!unique.length) return;
  const count = await tx.organization.count({
    where: { id: { in: unique }, unitId },
  });
  if (count !== unique.length) {
    throw new AppError("INVALID_INPUT", message("meetings.rules.badOrganization"), {
      [field]: message("meetings.rules.badOrganization"),
    });
  }
}

/**
 * Rebuilds what is derived from a meeting's texts: the search text, and the
 * links to every document code cited in the minutes and the directives (citations added by
 * hand are kept).
 */
export async function refreshDerived(tx: Tx, meetingId: string): Promise<void> {
  const meeting = await tx.meeting.findUniqueOrThrow({
    where: { id: meetingId },
    select: {
      title: true,
      chairName: true,
      chairPosition: true,
      place: true,
      situationSummary: true,
      resultsText: true,
      shortcomingsText: true,
      conclusionText: true,
      period: { select: { year: true, type: true, index: true } },
      unit: { select: { name: true, committeeName: true } },
      attendances: { select: { fullName: true, position: true } },
      remarks: { select: { body: true } },
      directives: { select: { id: true, content: true, category: true } },
    },
  });
  await tx.meeting.update({
    where: { id: meetingId },
    data: {
      searchText: meetingSearchText({
        title: meeting.title,
        periodLabel: `${formatPeriod(meeting.period)} ${meeting.unit.name}`,
        chairName: meeting.chairName,
        chairPosition: meeting.chairPosition,
        place: meeting.place,
        situationSummary: meeting.situationSummary,
        conclusionText: meeting.conclusionText,
        remarks: [
          ...meeting.attendances.map((row) => `${row.fullName} ${row.position}`),
          ...meeting.remarks.map((row) => row.body),
        ],
        directives: meeting.directives.map((row) => `${row.content} ${row.category}`),
      }),
    },
  });
  const documentIds = new Set(
    await upsertDocumentRefs(
      tx,
      [
        meeting.situationSummary,
        meeting.resultsText,
        meeting.shortcomingsText,
        meeting.conclusionText,
        ...meeting.remarks.map((row) => row.body),
      ],
      { localIssuerName: meeting.unit.committeeName },
    ),
  );
  for (const directive of meeting.directives) {
    const ids = await upsertDocumentRefs(tx, [directive.content], { localIssuerName: meeting.unit.committeeName });
    // Citations added by hand (a document cited by title) stay; those read from the text are re-read.
    await tx.directiveDocument.deleteMany({
      where: { directiveId: directive.id, manual: false },
    });
    if (ids.length)
      await tx.directiveDocument.createMany({
        data: ids.map((documentId) => ({
          directiveId: directive.id,
          documentId,
        })),
        skipDuplicates: true,
      });
    ids.forEach((docId) => documentIds.add(docId));
  }
  await tx.meetingDocument.deleteMany({ where: { meetingId, manual: false } });
  if (documentIds.size) {
    await tx.meetingDocument.createMany({
      data: [...documentIds].map((documentId) => ({ meetingId, documentId })),
      skipDuplicates: true,
    });
  }
}

/** The companion periods asked for, checked: existing, not the primary one, no repeats. */
export async function companionsOf(tx: Tx, primaryPeriodId: string, ids: readonly string[]): Promise<string[]> {
  const wanted = [...new Set(ids)].filter((id) => id !== primaryPeriodId);
  if (wanted.length === 0) return [];
  const found = await tx.period.findMany({ where: { id: { in: wanted } }, select: { id: true } });
  if (found.length !== wanted.length) {
    const refusal = message("meetings.rules.badPeriod");
    throw new AppError("INVALID_INPUT", refusal, { companionPeriodIds: refusal });
  }
  return wanted;
}
