import "server-only";
import type { Prisma } from "@prisma/client";
import { actorScopeKey, type Actor } from "@/server/auth/actor";
import { assertCan, readableWhere } from "@/server/auth/policy";
import { readThroughSnapshot } from "@/server/cache/snapshot-cache";
import { getDb } from "@/server/db/client";
import { searchWords } from "@/lib/text";
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
  const where = meetingsWhere(actor, filters);
  const [total, rows] = await Promise.all([
    db.meeting.count({ where }),
    db.meeting.findMany({
      where,
      orderBy: MEETINGS_ORDER,
      skip: (filters.page - 1) * MEETINGS_PAGE_SIZE,
      take: MEETINGS_PAGE_SIZE,
      select: { id: true, ...MEETING_ROW_SELECT },
    }),
  ]);
  return {
    total,
    rows,
    page: filters.page,
    pages: Math.max(1, Math.ceil(total / MEETINGS_PAGE_SIZE)),
  };
}
