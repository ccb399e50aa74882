import "server-only";
import { Prisma, type MeetingKind, type MeetingStatus, type PeriodType } from "@prisma/client";
import { actorScopeKey, type Actor } from "@/server/auth/actor";
import { assertCan, readableWhere } from "@/server/auth/policy";
import { readThroughScope } from "@/server/cache/change-scope";
import { getDb, hotRows } from "@/server/db/client";
import { searchWords } from "@/lib/text";
import { readableMeetingsSql } from "./readable-meetings-sql";
import { ZListMeetingsSchema, type TListMeetingsInput } from "./schemas";

type TListMeetingsFilters = Omit<ReturnType<typeof ZListMeetingsSchema.parse>, "page">;

export const MEETINGS_PAGE_SIZE = 20;

/**
 * The meetings the filters select among those the actor may read (shared by the list and its
 * export). A search needs every word in the meeting's search key (unaccented; trigram index).
 */
export function meetingsWhere(actor: Actor, filters: TListMeetingsFilters): Prisma.MeetingWhereInput {
  const words = filters.q ? searchWords(filters.q) : [];
  return {
    AND: [
      readableWhere(actor, "read:meeting"),
      ...words.map((word) => ({ searchKey: { contains: word } })),
      filters.year ? { period: { year: filters.year } } : {},
      filters.periodId ? { periodId: filters.periodId } : {},
      filters.unitId ? { unitId: filters.unitId } : {},
      filters.kind ? { kind: filters.kind } : {},
      filters.status ? { status: filters.status } : {},
    ],
  };
}

export const MEETINGS_ORDER: Prisma.MeetingOrderByWithRelationInput[] = [
  { startsAt: { sort: "desc", nulls: "first" } },
  { createdAt: "desc" },
  { id: "asc" },
];

/** A row of the meeting list, on screen and in the export. */
export const MEETING_ROW_SELECT = {
  title: true,
  kind: true,
  status: true,
  startsAt: true,
  place: true,
  chairName: true,
  unit: { select: { name: true } },
  period: { select: { year: true, type: true, index: true } },
} as const satisfies Prisma.MeetingSelect;

/** One page of the meeting list; reused until a write lands in the reader's subtrees (docs/decisions/0047). */
export async function listMeetings({ actor, input }: { actor: Actor; input: TListMeetingsInput }) {
  assertCan(actor, "read:meeting");
  const filters = ZListMeetingsSchema.parse(input);
  return readThroughScope(actor, ["read:meeting"], `meetings:${actorScopeKey(actor)}:${JSON.stringify(filters)}`, () =>
    loadMeetingPage(actor, filters),
  );
}

/** meetingsWhere as SQL over "Meeting" m, its unit u and its period p (the test compares both for every role). */
function meetingsSql(actor: Actor, filters: TListMeetingsFilters): Prisma.Sql {
  const words = filters.q ? searchWords(filters.q) : [];
  return Prisma.join(
    [
      readableMeetingsSql(actor),
      // searchWords leaves no LIKE wildcard in a word; the trigram index answers the pattern.
      ...words.map((word) => Prisma.sql`m."searchKey" LIKE ${`%${word}%`}`),
      ...(filters.year ? [Prisma.sql`p.year = ${filters.year}`] : []),
      ...(filters.periodId ? [Prisma.sql`m."periodId" = ${filters.periodId}`] : []),
      ...(filters.unitId ? [Prisma.sql`m."unitId" = ${filters.unitId}`] : []),
      ...(filters.kind ? [Prisma.sql`m.kind = ${filters.kind}::"MeetingKind"`] : []),
      ...(filters.status ? [Prisma.sql`m.status = ${filters.status}::"MeetingStatus"`] : []),
    ],
    " AND ",
  );
}

interface MeetingListRow {
  id: string;
  title: string;
  kind: MeetingKind;
  status: MeetingStatus;
  startsAt: Date | null;
  place: string | null;
  chairName: string | null;
  unitName: string;
  year: number;
  periodType: PeriodType;
  periodIndex: number;
  total: number;
}

/**
 * One page and the number of meetings the filters select, in one statement (issue 18): through
 * Prisma it was a count and a list with their unit and period, four round trips, each compiled
 * anew on a cache miss. The order is MEETINGS_ORDER's.
 */
async function loadMeetingPage(actor: Actor, filters: ReturnType<typeof ZListMeetingsSchema.parse>) {
  const db = await getDb();
  const where = meetingsSql(actor, filters);
  const from = Prisma.sql`FROM "Meeting" m JOIN "Unit" u ON u.id = m."unitId" JOIN "Period" p ON p.id = m."periodId" WHERE ${where}`;
  const rows = await hotRows<MeetingListRow>(
    db,
    Prisma.sql`
    WITH hits AS (
      SELECT m.id, m."startsAt", m."createdAt", (count(*) OVER ())::int AS total ${from}
      ORDER BY m."startsAt" DESC NULLS FIRST, m."createdAt" DESC, m.id ASC
      LIMIT ${MEETINGS_PAGE_SIZE} OFFSET ${(filters.page - 1) * MEETINGS_PAGE_SIZE}
    )
    SELECT m.id, m.title, m.kind::text AS kind, m.status::text AS status, m."startsAt", m.place, m."chairName",
      u.name AS "unitName", p.year, p.type::text AS "periodType", p.index AS "periodIndex", h.total
    FROM hits h JOIN "Meeting" m ON m.id = h.id JOIN "Unit" u ON u.id = m."unitId" JOIN "Period" p ON p.id = m."periodId"
    ORDER BY h."startsAt" DESC NULLS FIRST, h."createdAt" DESC, h.id ASC`,
  );
  // A page past the last one: count on its own.
  const total = rows.length
    ? rows[0]!.total
    : (await hotRows<{ total: number }>(db, Prisma.sql`SELECT count(*)::int AS total ${from}`))[0]!.total;
  return {
    total,
    rows: rows.map(({ unitName, year, periodType, periodIndex, total: _total, ...row }) => ({
      ...row,
      unit: { name: unitName },
      period: { year, type: periodType, index: periodIndex },
    })),
    page: filters.page,
    pages: Math.max(1, Math.ceil(total / MEETINGS_PAGE_SIZE)),
  };
}
