import "server-only";
import { Prisma, type PeriodType } from "@prisma/client";
import { actorScopeKey, type Actor } from "@/server/auth/actor";
import { assertCan, can } from "@/server/auth/policy";
import { readThroughScope } from "@/server/cache/change-scope";
import { getDb, hotRows } from "@/server/db/client";
import { vietnamDay } from "@/lib/dates";
import { isOverdue } from "@/lib/directives";
import { directiveBoardPage, readableDirectivesSql } from "./search-directives";
import { ZListDirectivesSchema, type TListDirectivesInput } from "./schemas";

export const DIRECTIVES_PAGE_SIZE = 20;

/**
 * The directive board: filtered, paginated on the server, only the columns shown. Counting
 * and sorting a province's ~12,000 directives costs ~60 ms of database time, so a page is
 * reused until a write lands in the reader's subtrees (docs/decisions/0047); overdue makes it depend on the day.
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
  return readThroughScope(actor, ["read:directive"], key, () => loadDirectivePage(actor, filters, now));
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
  return readThroughScope(actor, ["read:directive"], key, () => loadDirectiveFilters(actor, selected));
}

interface FilterChoicesRow {
  periods: { id: string; year: number; type: PeriodType; index: number }[];
  organizations: { id: string; name: string; unitPath: string }[];
  categories: string[];
  documents: { id: string; code: string; title: string; issuerName: string; issuedOn: string | null }[];
  meeting: { id: string; title: string } | null;
}

/**
 * The board's filter choices in one statement (docs/decisions/0044; through Prisma they were five,
 * the categories a join of the scope's ~11,500 directives with their meetings and units): the
 * categories come from the search vectors' index like the board's rows, the organizations of the
 * actor's unit are filtered by the policy (`can`, the row form of scopeWhere's organization scope).
 */
async function loadDirectiveFilters(actor: Actor, selected: { meetingId?: string; documentId?: string }) {
  const db = await getDb();
  const readable = readableDirectivesSql(actor);
  const [row] = await hotRows<FilterChoicesRow>(
    db,
    Prisma.sql`
    SELECT
      COALESCE((
        SELECT json_agg(json_build_object('id', p.id, 'year', p.year, 'type', p.type, 'index', p.index)
          ORDER BY p."startDate" DESC, p.type ASC, p.id)
        FROM (
          SELECT p.id, p.year, p.type, p.index, p."startDate" FROM "Period" p
          WHERE EXISTS (
            SELECT 1 FROM "Meeting" m JOIN "Unit" u ON u.id = m."unitId"
            WHERE m."periodId" = p.id AND starts_with(u.path, ${actor.unitPath})
          )
          ORDER BY p."startDate" DESC, p.type ASC, p.id LIMIT 60
        ) p
      ), '[]'::json) AS periods,
      COALESCE((
        SELECT json_agg(json_build_object('id', g.id, 'name', g.name, 'unitPath', u.path) ORDER BY g."sortOrder", g.id)
        FROM "Organization" g JOIN "Unit" u ON u.id = g."unitId"
        WHERE g."unitId" = ${actor.unitId} AND EXISTS (SELECT 1 FROM "DirectiveOrganization" o WHERE o."organizationId" = g.id)
      ), '[]'::json) AS organizations,
      ${
        readable
          ? Prisma.sql`COALESCE((
              SELECT json_agg(c.category ORDER BY c.category) FROM (
                SELECT DISTINCT d.category FROM "Directive" d WHERE ${readable} AND d.category <> ''
                ORDER BY d.category LIMIT 50
              ) c
            ), '[]'::json)`
          : Prisma.sql`'[]'::json`
      } AS categories,
      COALESCE((
        SELECT json_agg(json_build_object('id', r.id, 'code', r.code, 'title', r.title, 'issuerName', r."issuerName",
          'issuedOn', r."issuedOn") ORDER BY r.code, r.title, r.id)
        FROM (
          SELECT r.id, r.code, r.title, r."issuerName", r."issuedOn" FROM "DocumentRef" r
          WHERE EXISTS (SELECT 1 FROM "DirectiveDocument" x WHERE x."documentId" = r.id) OR r.id = ${selected.documentId ?? null}
          ORDER BY r.code, r.title, r.id LIMIT 200
        ) r
      ), '[]'::json) AS documents,
      (SELECT json_build_object('id', m.id, 'title', m.title) FROM "Meeting" m WHERE m.id = ${selected.meetingId ?? null}) AS meeting`,
  );
  return {
    periods: row.periods,
    // The organization scope of read:directive, row by row (the same rows as scopeWhere's clause).
    organizations: row.organizations
      .filter((organization) =>
        can(actor, "read:directive", { unitPath: organization.unitPath, organizationIds: [organization.id] }),
      )
      .map(({ id, name }) => ({ id, name })),
    categories: row.categories,
    documents: row.documents.map((document) => ({
      ...document,
      issuedOn: document.issuedOn === null ? null : new Date(document.issuedOn),
    })),
    meeting: row.meeting,
  };
}
