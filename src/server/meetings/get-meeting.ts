import "server-only";
import { actorScopeKey, type Actor } from "@/server/auth/actor";
import { can, readableWhere } from "@/server/auth/policy";
import { readThroughSnapshot } from "@/server/cache/snapshot-cache";
import { getDb, type Db } from "@/server/db/client";
import { AppError } from "@/server/errors";
import { describeHistory } from "@/lib/meeting-history";
import { meetingScope } from "./meeting-write";
import { TRANSITIONS } from "./transition-meeting";
import { getUnitNamesOn } from "@/server/units/names-on";
import { isFrozenMeeting } from "@/server/units/unit-rules";
import { MEETING_DETAILS_SELECT, ROLL_CALL_SELECT, withBodyAsRecorded } from "./meeting-selects";

/**
 * One meeting with everything its page shows, and what the actor may do to it; reused until
 * the data changes (snapshot cache), as the page reads it in some thirty queries.
 */
export function getMeeting({ actor, meetingId }: { actor: Actor; meetingId: string }) {
  return readThroughSnapshot(`meeting:${actorScopeKey(actor)}:${meetingId}`, () => loadMeeting(actor, meetingId));
}

async function loadMeeting(actor: Actor, meetingId: string) {
  const db = await getDb();
  const meeting = await db.meeting.findFirst({
    where: { AND: [{ id: meetingId }, readableWhere(actor, "read:meeting")] },
    select: {
      id: true,
      ...MEETING_DETAILS_SELECT,
      status: true,
      version: true,
      situationSummary: true,
      conclusionText: true,
      approvedAt: true,
      publishedAt: true,
      createdAt: true,
      unitId: true,
      unit: { select: { name: true, path: true, validTo: true } },
      period: { select: { year: true, type: true, index: true } },
      companionPeriods: { select: { periodId: true, period: { select: { year: true, type: true, index: true } } } },
      approvedBy: { select: { fullName: true } },
      invitations: {
        select: {
          organizationId: true,
          organization: {
            select: { name: true, shortName: true, sortOrder: true },
          },
        },
      },
      attendances: {
        orderBy: { sortOrder: "asc" },
        select: {
          ...ROLL_CALL_SELECT,
          personId: true,
          organizationId: true,
          organizationShortName: true,
          organization: { select: { shortName: true, name: true } },
        },
      },
      remarks: {
        orderBy: { sortOrder: "asc" },
        select: { id: true, attendanceId: true, body: true },
      },
      directives: {
        orderBy: { sortOrder: "asc" },
        select: {
          id: true,
          content: true,
          category: true,
          dueDate: true,
          status: true,
          organizations: {
            select: {
              organizationId: true,
              role: true,
              organization: { select: { shortName: true } },
            },
          },
        },
      },
      documents: {
        select: {
          manual: true,
          document: { select: { id: true, code: true, type: true, title: true, issuerName: true, issuedOn: true } },
        },
      },
      amendments: {
        orderBy: { createdAt: "desc" },
        select: {
          id: true,
          reason: true,
          createdAt: true,
          author: { select: { fullName: true } },
        },
      },
    },
  });
  if (!meeting) throw new AppError("NOT_FOUND");
  const scope = meetingScope({
    unitPath: meeting.unit.path,
    status: meeting.status,
    invitedOrganizationIds: meeting.invitations.map((row) => row.organizationId),
    unitEnded: isFrozenMeeting(meeting),
  });
  const step = TRANSITIONS[meeting.status];
  // The history and the names of the meeting's day do not depend on each other: one round trip, not two.
  const [history, namesOn] = await Promise.all([
    loadHistory(db, meeting.id),
    // Names as of the meeting's day (issue 13): a later rename or merger rewrites nothing here.
    getUnitNamesOn(db, meeting.unitId, meeting.startsAt ?? meeting.createdAt),
  ]);
  return {
    meeting: {
      ...meeting,
      unit: { ...meeting.unit, name: namesOn?.unitName ?? meeting.unit.name, committeeName: namesOn?.committeeName ?? "" },
      attendances: withBodyAsRecorded(meeting.attendances),
    },
    history: history.map(({ before, ...row }) => {
      const changed = changedFields(before, row.after);
      return { ...row, changed, text: describeHistory({ ...row, changed }) };
    }),
    permissions: {
      edit: meeting.status !== "CONCLUDED" && meeting.status !== "PUBLISHED" && can(actor, "update:meeting", scope),
      amend: meeting.status === "PUBLISHED" && can(actor, "amend:meeting", scope),
      nextStep: step && can(actor, step.action, scope) ? step.to : null,
    },
  };
}

/** The meeting's audit history, newest first; the notice's steps (drafted, approved, issued) belong to it too. */
async function loadHistory(db: Db, meetingId: string) {
  const notices = await db.conclusionNotice.findMany({ where: { meetingId }, select: { id: true } });
  return db.auditLog.findMany({
    where: {
      OR: [
        { entityType: "Meeting", entityId: meetingId },
        ...(notices.length ? [{ entityType: "ConclusionNotice", entityId: { in: notices.map((row) => row.id) } }] : []),
      ],
    },
    orderBy: { at: "desc" },
    take: 50,
    select: {
      id: true,
      at: true,
      action: true,
      entityType: true,
      before: true,
      after: true,
      actor: { select: { fullName: true, username: true } },
    },
  });
}

/** Carry-over items per page of the meeting page: the rest are a page away (issue 18). */
export const CARRY_OVER_PAGE_SIZE = 10;

/**
 * Carry-over: directives of the unit's earlier (approved) meetings that are not done,
 * each with its latest progress, to review at this meeting; one page of them, oldest first.
 */
export function listCarryOver({ actor, meetingId, page = 1 }: { actor: Actor; meetingId: string; page?: number }) {
  return readThroughSnapshot(`carry-over:${actorScopeKey(actor)}:${meetingId}:${page}`, () =>
    loadCarryOver(actor, meetingId, page),
  );
}

async function loadCarryOver(actor: Actor, meetingId: string, page: number) {
  const db = await getDb();
  const meeting = await db.meeting.findFirst({
    where: { AND: [{ id: meetingId }, readableWhere(actor, "read:meeting")] },
    select: { id: true, unitId: true, startsAt: true, isArchive: true, period: { select: { startDate: true } } },
  });
  if (!meeting) throw new AppError("NOT_FOUND");
  // An archive entry carries nothing over; an undated meeting is placed by its period's start,
  // never by the day the draft was created (a 2020 meeting typed in today is not after 2026's).
  if (meeting.isArchive) return { rows: [], total: 0, page: 1, pages: 1 };
  const pivot = meeting.startsAt ?? meeting.period.startDate;
  const where = {
    AND: [
      readableWhere(actor, "read:directive"),
      { status: { in: ["OPEN" as const, "IN_PROGRESS" as const] } },
      {
        meeting: {
          unitId: meeting.unitId,
          id: { not: meeting.id },
          // Only directives a leader approved are commitments to follow up.
          status: { in: ["CONCLUDED" as const, "PUBLISHED" as const] },
          isArchive: false,
          startsAt: { lt: pivot },
        },
      },
    ],
  };
  const [total, rows] = await Promise.all([
    db.directive.count({ where }),
    db.directive.findMany({
      where,
      orderBy: [{ meeting: { startsAt: "asc" } }, { sortOrder: "asc" }, { id: "asc" }],
      skip: (page - 1) * CARRY_OVER_PAGE_SIZE,
      take: CARRY_OVER_PAGE_SIZE,
      select: {
        id: true,
        content: true,
        status: true,
        dueDate: true,
        meeting: { select: { id: true, title: true } },
        organizations: {
          where: { role: "LEAD" },
          select: { organization: { select: { shortName: true } } },
        },
        updates: {
          orderBy: { createdAt: "desc" },
          take: 1,
          select: { body: true, percent: true, createdAt: true },
        },
      },
    }),
  ]);
  return { rows, total, page, pages: Math.max(1, Math.ceil(total / CARRY_OVER_PAGE_SIZE)) };
}

/** The top-level fields an audit record changed (what the history shows beside "who" and "when"). */
export function changedFields(before: unknown, after: unknown): string[] {
  const isObject = (value: unknown): value is Record<string, unknown> =>
    !!value && typeof value === "object" && !Array.isArray(value);
  if (!isObject(after)) return [];
  const previous = isObject(before) ? before : {};
  return Object.keys(after).filter(
    (key) => key !== "reason" && JSON.stringify(after[key] ?? null) !== JSON.stringify(previous[key] ?? null),
  );
}
