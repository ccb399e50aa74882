import "server-only";
import type { Prisma } from "@prisma/client";
import { actorScopeKey, type Actor } from "@/server/auth/actor";
import { assertCan, readableWhere, scopeWhere } from "@/server/auth/policy";
import { readThroughSnapshot } from "@/server/cache/snapshot-cache";
import { getDb } from "@/server/db/client";
import { vietnamDay } from "@/lib/dates";
import { isOverdue } from "@/lib/directives";
import { overdueWhere } from "./directive-overdue";
import { directiveBoardPage } from "./search-directives";
import { ZListDirectivesSchema, type TListDirectivesInput } from "./schemas";

export const DIRECTIVES_PAGE_SIZE = 20;

/**
 * The where clause of the board for the actor and filters but the words searched, as Prisma
 * says it: what the board's one statement (directiveBoardPage) answers, for tests and exports.
 */
export function directiveFilterWhere(
  actor: Actor,
  filters: ReturnType<typeof ZListDirectivesSchema.parse>,
  now: Date,
): Prisma.DirectiveWhereInput {
  return {
    AND: [
      readableWhere(actor, "read:directive"),
      filters.status ? { status: filters.status } : {},
      filters.organizationId ? { organizations: { some: { organizationId: filters.organizationId } } } : {},
      filters.mine ? { organizations: { some: { organizationId: actor.organizationId ?? "-" } } } : {},
      filters.meetingId ? { meetingId: filters.meetingId } : {},
      filters.periodId ? { meeting: { periodId: filters.periodId } } : {},
      filters.documentId ? { documents: { some: { documentId: filters.documentId } } } : {},
      filters.category ? { category: filters.category } : {},
      filters.overdue ? overdueWhere(now) : {},
    ],
  };
}

/**
 * The directive board: filtered, paginated on the server, only the columns shown. Counting
 * and sorting a province's ~12,000 directives costs ~60 ms of database time, so a page is
 * reused until the data changes (snapshot cache); overdue makes it depend on the day.
 */
export async function listDirectives({
  actor,
  input,
  now = new Date(),
}: {
  actor: Actor;
  input: TListDirectivesInput;
  now?: Date;
}) {
  assertCan(actor, "read:directive");
  const filters = ZListDirectivesSchema.parse(input);
  const key = `directives:${actorScopeKey(actor)}:${vietnamDay(now)}:${JSON.stringify(filters)}`;
  return readThroughSnapshot(key, () => loadDirectivePage(actor, filters, now));
}

/** What the board prints of a directive, as a Prisma select. */
export const BOARD_ROW = {
  id: true,
  content: true,
  category: true,
  status: true,
  dueDate: true,
  doneProposedAt: true,
  meeting: {
    select: { id: true, title: true, isArchive: true, period: { select: { year: true, type: true, index: true } } },
  },
  organizations: { select: { role: true, organization: { select: { id: true, shortName: true } } } },
} satisfies Prisma.DirectiveSelect;

/** What the board prints of a directive. */
export type BoardRow = Prisma.DirectiveGetPayload<{ select: typeof BOARD_ROW }>;

async function loadDirectivePage(actor: Actor, filters: ReturnType<typeof ZListDirectivesSchema.parse>, now: Date) {
  const db = await getDb();
  const { total, rows } = await directiveBoardPage(db, actor, filters, now, DIRECTIVES_PAGE_SIZE);
  return {
    filters,
    total,
    page: filters.page,
    pages: Math.max(1, Math.ceil(total / DIRECTIVES_PAGE_SIZE)),
    rows: rows.map((row) => ({ ...row, overdue: isOverdue(row, now) })),
  };
}

/** Choices for the board's filters, within the actor's scope (reused until the data changes). */
export async function listDirectiveFilters(actor: Actor, selected: { meetingId?: string; documentId?: string }) {
  assertCan(actor, "read:directive");
  const key = `directive-filters:${actorScopeKey(actor)}:${selected.meetingId ?? ""}:${selected.documentId ?? ""}`;
  return readThroughSnapshot(key, () => loadDirectiveFilters(actor, selected));
}

async function loadDirectiveFilters(actor: Actor, selected: { meetingId?: string; documentId?: string }) {
  const db = await getDb();
  const [periods, organizations, categories, documents, meeting] = await Promise.all([
    db.period.findMany({
      where: { meetings: { some: { unit: { path: { startsWith: actor.unitPath } } } } },
      orderBy: [{ startDate: "desc" }, { type: "asc" }],
      take: 60,
      select: { id: true, year: true, type: true, index: true },
    }),
    db.organization.findMany({
      where: {
        AND: [scopeWhere(actor, "read:directive", "organization"), { unitId: actor.unitId, directiveRoles: { some: {} } }],
      },
      orderBy: { sortOrder: "asc" },
      select: { id: true, name: true },
    }),
    db.directive.groupBy({
      by: ["category"],
      where: { AND: [readableWhere(actor, "read:directive"), { category: { not: "" } }] },
      orderBy: { category: "asc" },
      take: 50,
    }),
    db.documentRef.findMany({
      where: { OR: [{ directives: { some: {} } }, ...(selected.documentId ? [{ id: selected.documentId }] : [])] },
      orderBy: [{ code: "asc" }, { title: "asc" }],
      take: 200,
      select: { id: true, code: true, title: true, issuerName: true, issuedOn: true },
    }),
    selected.meetingId
      ? db.meeting.findUnique({ where: { id: selected.meetingId }, select: { id: true, title: true } })
      : Promise.resolve(null),
  ]);
  return { periods, organizations, categories: categories.map((row) => row.category), documents, meeting };
}
