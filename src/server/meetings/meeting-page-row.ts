import "server-only";
import { Prisma } from "@prisma/client";
import { hotRows, type Tx } from "@/server/db/client";
import { utcInJson } from "@/server/db/json-sql";
import type { CommitteeRow } from "@/server/units/names-on";
import { MEETING_DETAILS_SELECT, ROLL_CALL_SELECT } from "./meeting-selects";

/**
 * What the meeting page reads of a meeting, as a Prisma select: the type of the row, and the
 * reference the one statement below is compared with (tests/integration/meeting-page-row.test.ts),
 * so a field added here and not there fails a test instead of reaching the page as undefined.
 */
export const MEETING_PAGE_SELECT = {
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
      organization: { select: { name: true, shortName: true, sortOrder: true } },
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
  remarks: { orderBy: { sortOrder: "asc" }, select: { id: true, attendanceId: true, body: true } },
  directives: {
    orderBy: { sortOrder: "asc" },
    select: {
      id: true,
      content: true,
      category: true,
      dueDate: true,
      status: true,
      organizations: { select: { organizationId: true, role: true, organization: { select: { shortName: true } } } },
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
    select: { id: true, reason: true, createdAt: true, author: { select: { fullName: true } } },
  },
} as const satisfies Prisma.MeetingSelect;

export type MeetingPageRow = Prisma.MeetingGetPayload<{ select: typeof MEETING_PAGE_SELECT }>;

/** One entry of a meeting's audit history as the page shows it. */
export const HISTORY_SELECT = {
  id: true,
  at: true,
  action: true,
  entityType: true,
  before: true,
  after: true,
  actor: { select: { fullName: true, username: true } },
} as const satisfies Prisma.AuditLogSelect;

export type HistoryEntry = Prisma.AuditLogGetPayload<{ select: typeof HISTORY_SELECT }>;

/** How many of the newest history entries the page shows. */
export const HISTORY_LENGTH = 50;

/** The unit's rows its names on the meeting's day are picked from (`unitNamesOn`). */
export interface UnitNameRows {
  name: string;
  committeeName: string;
  placeName: string;
  committees: CommitteeRow[];
}

/** A meeting's page data besides what the reader decides: the row, its history and its unit's names. */
export interface MeetingPageRead {
  meeting: MeetingPageRow;
  history: HistoryEntry[];
  unitNames: UnitNameRows;
  /** Earlier meetings' directives carry over when the earlier meeting started before this: its start, else its period's. */
  carryOverBefore: Date;
}

// A date inside JSON arrives as text: a timestamp with its offset (see `utc`), a date column as YYYY-MM-DD.
type Wire<T> = T extends Date
  ? string
  : T extends readonly (infer U)[]
    ? Wire<U>[]
    : T extends Prisma.JsonValue
      ? T
      : T extends object
        ? { [K in keyof T]: Wire<T[K]> }
        : T;

type RelationKey = {
  [K in keyof typeof MEETING_PAGE_SELECT]: (typeof MEETING_PAGE_SELECT)[K] extends true ? never : K;
}[keyof typeof MEETING_PAGE_SELECT];

type MeetingPageWire = Omit<MeetingPageRow, RelationKey> & { [K in RelationKey]: Wire<MeetingPageRow[K]> } & {
  history: (Omit<HistoryEntry, "at"> & { at: string })[];
  unitNames: Wire<UnitNameRows>;
  carryOverBefore: Date;
};

// The meeting's own columns, straight from the select: a column added to MEETING_DETAILS_SELECT is read here too.
const MEETING_COLUMNS = Prisma.raw(
  Object.entries(MEETING_PAGE_SELECT)
    .filter(([, value]) => value === true)
    .map(([key]) => `m."${key}"`)
    .join(", "),
);
const ROLL_CALL_FIELDS = Prisma.raw(
  Object.keys(ROLL_CALL_SELECT)
    .map((key) => `'${key}', a."${key}"`)
    .join(", "),
);

/**
 * A meeting with everything its page shows, its history and its unit's names, in one statement
 * (Prisma's nested select sent one statement per relation, some twenty on a cache miss: issue 18);
 * null when there is no such meeting. Whoever asks: the caller decides whether they may read it.
 *
 * The relations Prisma returns in no stated order (invitations, companion periods, a directive's
 * organizations, the cited documents) come in the order of their primary key, the order Prisma's
 * lookups by index gave them on a large database.
 */
export async function readMeetingPage(db: Tx, meetingId: string): Promise<MeetingPageRead | null> {
  const [row] = await hotRows<MeetingPageWire>(
    db,
    Prisma.sql`
    SELECT ${MEETING_COLUMNS},
      json_build_object('name', u.name, 'path', u.path, 'validTo', u."validTo") AS unit,
      json_build_object('year', p.year, 'type', p.type, 'index', p.index) AS period,
      COALESCE((
        SELECT json_agg(json_build_object('periodId', mp."periodId",
          'period', json_build_object('year', cp.year, 'type', cp.type, 'index', cp.index)) ORDER BY mp."periodId")
        FROM "MeetingPeriod" mp JOIN "Period" cp ON cp.id = mp."periodId" WHERE mp."meetingId" = m.id
      ), '[]'::json) AS "companionPeriods",
      CASE WHEN ab.id IS NULL THEN NULL ELSE json_build_object('fullName', ab."fullName") END AS "approvedBy",
      COALESCE((
        SELECT json_agg(json_build_object('organizationId', i."organizationId",
          'organization', json_build_object('name', o.name, 'shortName', o."shortName", 'sortOrder', o."sortOrder"))
          ORDER BY i."organizationId")
        FROM "MeetingInvitation" i JOIN "Organization" o ON o.id = i."organizationId" WHERE i."meetingId" = m.id
      ), '[]'::json) AS invitations,
      COALESCE((
        SELECT json_agg(json_build_object(${ROLL_CALL_FIELDS}, 'personId', a."personId", 'organizationId', a."organizationId",
          'organizationShortName', a."organizationShortName",
          'organization', CASE WHEN o.id IS NULL THEN NULL ELSE json_build_object('shortName', o."shortName", 'name', o.name) END)
          ORDER BY a."sortOrder", a.id)
        FROM "Attendance" a LEFT JOIN "Organization" o ON o.id = a."organizationId" WHERE a."meetingId" = m.id
      ), '[]'::json) AS attendances,
      COALESCE((
        SELECT json_agg(json_build_object('id', r.id, 'attendanceId', r."attendanceId", 'body', r.body) ORDER BY r."sortOrder", r.id)
        FROM "MeetingRemark" r WHERE r."meetingId" = m.id
      ), '[]'::json) AS remarks,
      COALESCE((
        SELECT json_agg(json_build_object('id', d.id, 'content', d.content, 'category', d.category, 'dueDate', d."dueDate",
          'status', d.status,
          'organizations', COALESCE((
            SELECT json_agg(json_build_object('organizationId', x."organizationId", 'role', x.role,
              'organization', json_build_object('shortName', o."shortName")) ORDER BY x."organizationId")
            FROM "DirectiveOrganization" x JOIN "Organization" o ON o.id = x."organizationId" WHERE x."directiveId" = d.id
          ), '[]'::json))
          ORDER BY d."sortOrder", d.id)
        FROM "Directive" d WHERE d."meetingId" = m.id
      ), '[]'::json) AS directives,
      COALESCE((
        SELECT json_agg(json_build_object('manual', md.manual,
          'document', json_build_object('id', dr.id, 'code', dr.code, 'type', dr.type, 'title', dr.title,
            'issuerName', dr."issuerName", 'issuedOn', dr."issuedOn")) ORDER BY md."documentId")
        FROM "MeetingDocument" md JOIN "DocumentRef" dr ON dr.id = md."documentId" WHERE md."meetingId" = m.id
      ), '[]'::json) AS documents,
      COALESCE((
        SELECT json_agg(json_build_object('id', x.id, 'reason', x.reason, 'createdAt', ${utcInJson('x."createdAt"')},
          'author', json_build_object('fullName', au."fullName")) ORDER BY x."createdAt" DESC, x.id DESC)
        FROM "MeetingAmendment" x JOIN "User" au ON au.id = x."authorId" WHERE x."meetingId" = m.id
      ), '[]'::json) AS amendments,
      -- The history: the meeting's entries and its notices' (drafted, approved, issued), newest first.
      COALESCE((
        SELECT json_agg(json_build_object('id', h.id, 'at', ${utcInJson("h.at")}, 'action', h.action, 'entityType', h."entityType",
          'before', h.before, 'after', h.after,
          'actor', CASE WHEN ha.id IS NULL THEN NULL ELSE json_build_object('fullName', ha."fullName", 'username', ha.username) END)
          ORDER BY h.at DESC, h.id DESC)
        FROM (
          -- Two arms, each walking the (entityType, entityId, at) index from its newest entry: one
          -- condition with OR and a subquery would leave the planner a scan of the whole log by date.
          (SELECT l.* FROM "AuditLog" l WHERE l."entityType" = 'Meeting' AND l."entityId" = m.id
            ORDER BY l.at DESC, l.id DESC LIMIT ${HISTORY_LENGTH})
          UNION ALL
          (SELECT l.* FROM "ConclusionNotice" n JOIN "AuditLog" l ON l."entityType" = 'ConclusionNotice' AND l."entityId" = n.id
            WHERE n."meetingId" = m.id ORDER BY l.at DESC, l.id DESC LIMIT ${HISTORY_LENGTH})
          ORDER BY at DESC, id DESC LIMIT ${HISTORY_LENGTH}
        ) h LEFT JOIN "User" ha ON ha.id = h."actorId"
      ), '[]'::json) AS history,
      json_build_object('name', u.name, 'committeeName', u."committeeName", 'placeName', u."placeName",
        'committees', COALESCE((
          SELECT json_agg(json_build_object('unitName', c."unitName", 'name', c.name, 'superiorBodyName', c."superiorBodyName",
            'placeName', c."placeName", 'validFrom', c."validFrom", 'validTo', c."validTo") ORDER BY c."validFrom", c.id)
          FROM "UnitCommittee" c WHERE c."unitId" = u.id
        ), '[]'::json)) AS "unitNames",
      COALESCE(m."startsAt", p."startDate"::timestamp) AS "carryOverBefore"
    FROM "Meeting" m
    JOIN "Unit" u ON u.id = m."unitId"
    JOIN "Period" p ON p.id = m."periodId"
    LEFT JOIN "User" ab ON ab.id = m."approvedById"
    WHERE m.id = ${meetingId}`,
  );
  if (!row) return null;
  const { history, unitNames, carryOverBefore, ...meeting } = row;
  return {
    meeting: {
      ...meeting,
      unit: { ...meeting.unit, validTo: dateOrNull(meeting.unit.validTo) },
      directives: meeting.directives.map((item) => ({ ...item, dueDate: dateOrNull(item.dueDate) })),
      documents: meeting.documents.map((item) => ({
        ...item,
        document: { ...item.document, issuedOn: dateOrNull(item.document.issuedOn) },
      })),
      amendments: meeting.amendments.map((item) => ({ ...item, createdAt: new Date(item.createdAt) })),
    },
    history: history.map((entry) => ({ ...entry, at: new Date(entry.at) })),
    unitNames: {
      ...unitNames,
      committees: unitNames.committees.map((item) => ({
        ...item,
        validFrom: dateOrNull(item.validFrom),
        validTo: dateOrNull(item.validTo),
      })),
    },
    carryOverBefore,
  };
}

const dateOrNull = (value: string | null) => (value === null ? null : new Date(value));
