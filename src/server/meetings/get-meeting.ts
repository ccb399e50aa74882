import "server-only";
import { Prisma, type DirectiveStatus } from "@prisma/client";
import { actorScopeKey, type Actor } from "@/server/auth/actor";
import { can } from "@/server/auth/policy";
import { readableDirectiveScope } from "@/server/directives/search-directives";
import { readThroughScope } from "@/server/cache/change-scope";
import { getDb, hotRows } from "@/server/db/client";
import { utcInJson } from "@/server/db/json-sql";
import { AppError } from "@/server/errors";
import { describeHistory } from "@/lib/meeting-history";
import { meetingScope } from "./meeting-write";
import { TRANSITIONS } from "./transition-meeting";
import { unitNamesOn } from "@/server/units/names-on";
import { isFrozenMeeting } from "@/server/units/unit-rules";
import { readMeetingPage } from "./meeting-page-row";
import { withBodyAsRecorded } from "./meeting-selects";

/**
 * One meeting with everything its page shows, and what the actor may do to it; reused until
 * a write lands in the reader's subtrees (docs/decisions/0047). One statement reads it all (docs/decisions/0043).
 */
export function getMeeting({ actor, meetingId }: { actor: Actor; meetingId: string }) {
  return readThroughScope(actor, ["read:meeting"], `meeting:${actorScopeKey(actor)}:${meetingId}`, () =>
    loadMeeting(actor, meetingId),
  );
}

async function loadMeeting(actor: Actor, meetingId: string) {
  const db = await getDb();
  const read = await readMeetingPage(db, meetingId);
  // The statement reads the meeting whoever asks; the policy then decides on what it holds, as
  // readableWhere(actor, "read:meeting") decided in the query before: a meeting the actor may not
  // read is not found, never forbidden (its existence is not told).
  if (!read) throw new AppError("NOT_FOUND");
  const { meeting, history, unitNames, carryOverBefore } = read;
  const scope = meetingScope({
    unitPath: meeting.unit.path,
    status: meeting.status,
    invitedOrganizationIds: meeting.invitations.map((row) => row.organizationId),
    unitEnded: isFrozenMeeting(meeting),
  });
  if (!can(actor, "read:meeting", scope)) throw new AppError("NOT_FOUND");
  const step = TRANSITIONS[meeting.status];
  // Names as of the meeting's day (issue 13): a later rename or merger rewrites nothing here.
  const namesOn = unitNamesOn(unitNames, meeting.startsAt ?? meeting.createdAt);
  return {
    meeting: {
      ...meeting,
      unit: { ...meeting.unit, name: namesOn.unitName, committeeName: namesOn.committeeName },
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
    /** What the carry-over is chosen by, so that it need not read the meeting again. */
    carryOverFrom: {
      meetingId: meeting.id,
      unitId: meeting.unitId,
      unitPath: meeting.unit.path,
      isArchive: meeting.isArchive,
      before: carryOverBefore,
    },
  };
}

/** Carry-over items per page of the meeting page: the rest are a page away (issue 18). */
export const CARRY_OVER_PAGE_SIZE = 10;

/** The meeting a carry-over is for, as getMeeting read it (`carryOverFrom`). */
export interface CarryOverFrom {
  meetingId: string;
  unitId: string;
  unitPath: string;
  isArchive: boolean;
  /** The meeting's start, else its period's: an earlier meeting started before it. */
  before: Date;
}

/**
 * Carry-over: directives of the unit's earlier (approved) meetings that are not done,
 * each with its latest progress, to review at this meeting; one page of them, oldest first.
 */
export async function listCarryOver({ actor, meetingId, page = 1 }: { actor: Actor; meetingId: string; page?: number }) {
  const { carryOverFrom } = await getMeeting({ actor, meetingId });
  return listCarryOverFrom({ actor, from: carryOverFrom, page });
}

/** The carry-over of a meeting getMeeting has read (and let the actor read): the meeting page's, without reading it again. */
export function listCarryOverFrom({ actor, from, page = 1 }: { actor: Actor; from: CarryOverFrom; page?: number }) {
  return readThroughScope(
    actor,
    ["read:meeting", "read:directive"],
    `carry-over:${actorScopeKey(actor)}:${from.meetingId}:${page}`,
    () => loadCarryOver(actor, from, page),
  );
}

interface CarryOverWire {
  total: number;
  rows: {
    id: string;
    content: string;
    status: DirectiveStatus;
    dueDate: string | null;
    meeting: { id: string; title: string };
    organizations: { organization: { shortName: string } }[];
    updates: { body: string; percent: number | null; createdAt: string }[];
  }[];
}

/**
 * The scope of `read:directive` over the directives of the unit at `unitPath` (a carry-over's
 * are all of one unit, so the subtree is decided here, once): the board's condition when one of
 * the actor's subtrees holds the unit, null when none does.
 * tests/integration/meeting-page-row.test.ts compares the answers with readableWhere's.
 */
function carryOverScope(actor: Actor, unitPath: string): Prisma.Sql | null {
  const scope = readableDirectiveScope(actor);
  if (!scope) return null;
  if (scope.roots && !scope.roots.some((root) => unitPath.startsWith(root))) return null;
  return scope.condition;
}

/**
 * One page of the carry-over and how many there are, in one statement (through Prisma it was
 * the meeting read again, a count and a page with its meetings, organizations and updates:
 * eight statements on a cache miss, issue 18).
 */
async function loadCarryOver(actor: Actor, from: CarryOverFrom, page: number) {
  const scope = carryOverScope(actor, from.unitPath);
  // An archive entry carries nothing over; an undated meeting is placed by its period's start,
  // never by the day the draft was created (a 2020 meeting typed in today is not after 2026's).
  if (from.isArchive) return { rows: [], total: 0, page: 1, pages: 1 };
  if (!scope) return { rows: [], total: 0, page, pages: 1 };
  const db = await getDb();
  const [result] = await hotRows<CarryOverWire>(
    db,
    Prisma.sql`
    WITH due AS (
      SELECT d.id, d.content, d.status, d."dueDate", d."sortOrder", dm.id AS "meetingId", dm.title, dm."startsAt"
      FROM "Directive" d JOIN "Meeting" dm ON dm.id = d."meetingId"
      WHERE dm."unitId" = ${from.unitId} AND dm.id <> ${from.meetingId}
        -- Only directives a leader approved are commitments to follow up.
        AND dm.status IN ('CONCLUDED', 'PUBLISHED') AND NOT dm."isArchive" AND dm."startsAt" < ${from.before}
        AND d.status IN ('OPEN', 'IN_PROGRESS') AND ${scope}
    )
    SELECT (SELECT count(*)::int FROM due) AS total,
      COALESCE((
        SELECT json_agg(json_build_object('id', c.id, 'content', c.content, 'status', c.status, 'dueDate', c."dueDate",
          'meeting', json_build_object('id', c."meetingId", 'title', c.title),
          'organizations', COALESCE((
            SELECT json_agg(json_build_object('organization', json_build_object('shortName', o."shortName")) ORDER BY x."organizationId")
            FROM "DirectiveOrganization" x JOIN "Organization" o ON o.id = x."organizationId"
            WHERE x."directiveId" = c.id AND x.role = 'LEAD'
          ), '[]'::json),
          'updates', COALESCE((
            SELECT json_agg(json_build_object('body', up.body, 'percent', up.percent, 'createdAt', ${utcInJson('up."createdAt"')}))
            FROM (
              SELECT * FROM "DirectiveUpdate" up WHERE up."directiveId" = c.id ORDER BY up."createdAt" DESC, up.id DESC LIMIT 1
            ) up
          ), '[]'::json))
          ORDER BY c."startsAt", c."sortOrder", c.id)
        FROM (
          SELECT * FROM due ORDER BY "startsAt", "sortOrder", id
          OFFSET ${(page - 1) * CARRY_OVER_PAGE_SIZE} LIMIT ${CARRY_OVER_PAGE_SIZE}
        ) c
      ), '[]'::json) AS rows`,
  );
  const { total, rows } = result!;
  return {
    rows: rows.map((row) => ({
      ...row,
      dueDate: row.dueDate === null ? null : new Date(row.dueDate),
      updates: row.updates.map((update) => ({ ...update, createdAt: new Date(update.createdAt) })),
    })),
    total,
    page,
    pages: Math.max(1, Math.ceil(total / CARRY_OVER_PAGE_SIZE)),
  };
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
