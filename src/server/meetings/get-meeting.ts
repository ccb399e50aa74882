import "server-only";
import { actorScopeKey, type Actor } from "@/server/auth/actor";
import { can, readableWhere } from "@/server/auth/policy";
import { readThroughSnapshot } from "@/server/cache/snapshot-cache";
import { getDb } from "@/server/db/client";
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
  // The notice's steps (drafted, approved, issued) belong to the meeting's history too.
  const notices = await db.conclusionNotice.findMany({ where: { meetingId: meeting.id }, select: { id: true } });
  const history = await db.auditLog.findMany({
    where: {
      OR: [
        { entityType: "Meeting", entityId: meeting.id },
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
  // Names as of the meeting's day (issue 13): a later rename or merger rewrites nothing here.
  const namesOn = await getUnitNamesOn(db, meeting.unitId, meeting.startsAt ?? meeting.createdAt);
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

/**
 * Carry-over: directives of the unit's earlier (approved) meetings that are not done,
 * each with its latest progress, to review at this meeting.
 */
export function listCarryOver({ actor, meetingId }: { actor: Actor; meetingId: string }) {
  return readThroughSnapshot(`carry-over:${actorScopeKey(actor)}:${meetingId}`, () => loadCarryOver(actor, meetingId));
}

async function loadCarryOver(actor: Actor, meetingId: string) {
  const db = await getDb();
  const meeting = await db.meeting.findFirst({
    where: { AND: [{ id: meetingId }, readableWhere(actor, "read:meeting")] },
    select: { id: true, unitId: true, startsAt: true, isArchive: true, period: { select: { startDate: true } } },
  });
  if (!meeting) throw new AppError("NOT_FOUND");
  // An archive entry carries nothing over; an undated meeting is placed by its period's start,
  // never by the day the draft was created (a 2020 meeting typed in today is not after 2026's).
  if (meeting.isArchive) return [];
  const pivot = meeting.startsAt ?? meeting.period.startDate;
  return db.directive.findMany({
    where: {
      AND: [
        readableWhere(actor, "read:directive"),
        { status: { in: ["OPEN", "IN_PROGRESS"] } },
        {
          meeting: {
            unitId: meeting.unitId,
            id: { not: meeting.id },
            // Only directives a leader approved are commitments to follow up.
            status: { in: ["CONCLUDED", "PUBLISHED"] },
            isArchive: false,
            startsAt: { lt: pivot },
          },
        },
      ],
    },
    orderBy: [{ meeting: { startsAt: "asc" } }, { sortOrder: "asc" }],
    take: 100,
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
  });
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
