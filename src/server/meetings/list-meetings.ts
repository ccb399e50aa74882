import "server-only";
import { Prisma } from "@prisma/client";
import { actorScopeKey, type Actor } from "@/server/auth/actor";
import { assertCan } from "@/server/auth/policy";
import { readThroughSnapshot } from "@/server/cache/snapshot-cache";
import { getDb, type Tx } from "@/server/db/client";
import { searchKey } from "@/lib/text";
import { readableMeetingsWhere } from "./meeting-scope";
import { ZListMeetingsSchema, type TListMeetingsInput } from "./schemas";

type TListMeetingsFilters = Omit<ReturnType<typeof ZListMeetingsSchema.parse>, "page">;

export const MEETINGS_PAGE_SIZE = 20;

/** The words of a query, unaccented, without LIKE wildcards. */
export function searchWords(q: string): string[] {
  return searchKey(q)
    .split(/[\s/,.;:()"'-]+/)
    .map((word) => word.replace(/[%_\\]/g, ""))
    .filter(Boolean)
    .slice(0, 10);
}

/** Ids of meetings whose search text holds every word (unaccented, case-insensitive; trigram index). */
export async function searchMeetingIds(db: Tx, q: string): Promise<string[] | null> {
  const words = searchWords(q);
  if (!words.length) return null;
  const conditions = words.map((word) => Prisma.sql`search_key("searchText") LIKE '%' || search_key(${word}) || '%'`);
  const rows = await db.$queryRaw<{ id: string }[]>`SELECT id FROM "Meeting" WHERE ${Prisma.join(conditions, " AND ")}`;
  return rows.map((row) => row.id);
}

/** The meetings the filters select among those the actor may read (shared by the list and its export). */
export async function meetingsWhere(actor: Actor, db: Tx, filters: TListMeetingsFilters): Promise<Prisma.MeetingWhereInput> {
  const ids = filters.q ? await searchMeetingIds(db, filters.q) : null;
  return {
    AND: [
      readableMeetingsWhere(actor),
      ids ? { id: { in: ids } } : {},
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
];

/** One page of the meeting list; reused until the data changes (snapshot cache). */
export async function listMeetings({ actor, input }: { actor: Actor; input: TListMeetingsInput }) {
  assertCan(actor, "read:meeting");
  const filters = ZListMeetingsSchema.parse(input);
  return readThroughSnapshot(`meetings:${actorScopeKey(actor)}:${JSON.stringify(filters)}`, () =>
    loadMeetingPage(actor, filters),
  );
}

async function loadMeetingPage(actor: Actor, filters: ReturnType<typeof ZListMeetingsSchema.parse>) {
  const db = await getDb();
  const where = await meetingsWhere(actor, db, filters);
  const [total, rows] = await Promise.all([
    db.meeting.count({ where }),
    db.meeting.findMany({
      where,
      orderBy: MEETINGS_ORDER,
      skip: (filters.page - 1) * MEETINGS_PAGE_SIZE,
      take: MEETINGS_PAGE_SIZE,
      select: {
        id: true,
        title: true,
        kind: true,
        status: true,
        startsAt: true,
        place: true,
        chairName: true,
        unit: { select: { name: true } },
        period: { select: { year: true, type: true, index: true } },
      },
    }),
  ]);
  return {
    total,
    rows,
    page: filters.page,
    pages: Math.max(1, Math.ceil(total / MEETINGS_PAGE_SIZE)),
  };
}
