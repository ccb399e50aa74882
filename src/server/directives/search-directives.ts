import "server-only";
import { Prisma } from "@prisma/client";
import type { Actor } from "@/server/auth/actor";
import { scopeOutline } from "@/server/auth/policy";
import { hotRows, type Db } from "@/server/db/client";
import { vietnamDay } from "@/lib/dates";
import { searchWords } from "@/lib/text";
import type { BoardRow } from "./list-directives";
import type { ZListDirectivesSchema } from "./schemas";

type Filters = ReturnType<typeof ZListDirectivesSchema.parse>;

/** A lexeme in tsquery input: quoted, so that no character of it is an operator. */
const lexeme = (value: string) => `'${value.replace(/\\/g, "\\\\").replace(/'/g, "''")}'`;

/** The longest word beginning the vectors hold as a lexeme of its own ("quy*"); see the migration. */
const PREFIX_LEXEME_LENGTH = 6;

/** The last typed word as a beginning: its own lexeme when short, GIN's prefix match when longer (rare, so cheap). */
const beginning = (word: string) => ([...word].length <= PREFIX_LEXEME_LENGTH ? lexeme(`${word}*`) : `${lexeme(word)}:*`);

/**
 * The tsquery of a search (docs/decisions/0033): every typed word is a word of the directive
 * (the last one may be its beginning: "nghị quy" finds "nghị quyết"), within one of the subtrees
 * (the paths the vector holds for the meeting's unit and the units above it). Null: no word.
 */
export function directiveSearchQuery(q: string, roots: readonly string[] | null): string | null {
  const words = searchWords(q);
  if (!words.length) return null;
  const terms = words.map((word, index) => (index === words.length - 1 ? beginning(word) : lexeme(word)));
  const scope = roots ? [`(${roots.map(lexeme).join(" | ")})`] : [];
  return [...scope, ...terms].join(" & ");
}

/**
 * The scope of `read:directive` as SQL over "Directive" d: the subtrees go into the tsquery (one
 * GIN index answers scope and words together), a narrower scope adds its condition. Mirrors
 * SCOPE_RELATIONS.directive (src/server/auth/entity-scopes.ts); the integration test compares
 * both forms' answers for every role.
 */
export function readableDirectiveScope(actor: Actor): { roots: string[] | null; condition: Prisma.Sql } | null {
  const outline = scopeOutline(actor, "read:directive");
  if (outline === "any") return { roots: null, condition: Prisma.sql`TRUE` };
  const { roots, scopes } = outline;
  if (!roots.length) return null;
  if (scopes.includes("unit-subtree")) return { roots, condition: Prisma.sql`TRUE` };
  const branches: Prisma.Sql[] = [];
  if (scopes.includes("own-org") && actor.organizationId) branches.push(concerns(actor.organizationId));
  if (scopes.includes("published")) {
    branches.push(Prisma.sql`EXISTS (SELECT 1 FROM "Meeting" p WHERE p.id = d."meetingId" AND p.status = 'PUBLISHED')`);
  }
  return branches.length ? { roots, condition: Prisma.sql`(${Prisma.join(branches, " OR ")})` } : null;
}

const concerns = (organizationId: string) =>
  Prisma.sql`EXISTS (SELECT 1 FROM "DirectiveOrganization" o WHERE o."directiveId" = d.id AND o."organizationId" = ${organizationId})`;

/** The board's filters as SQL over "Directive" d (tests/setup/directive-filter-where.ts says the same in Prisma). */
function filterSql(actor: Actor, filters: Filters, now: Date): Prisma.Sql[] {
  const parts: Prisma.Sql[] = [];
  if (filters.status) parts.push(Prisma.sql`d.status = ${filters.status}::"DirectiveStatus"`);
  if (filters.organizationId) parts.push(concerns(filters.organizationId));
  if (filters.mine) parts.push(concerns(actor.organizationId ?? "-"));
  if (filters.meetingId) parts.push(Prisma.sql`d."meetingId" = ${filters.meetingId}`);
  if (filters.periodId) {
    parts.push(Prisma.sql`EXISTS (SELECT 1 FROM "Meeting" p WHERE p.id = d."meetingId" AND p."periodId" = ${filters.periodId})`);
  }
  if (filters.documentId) {
    parts.push(
      Prisma.sql`EXISTS (SELECT 1 FROM "DirectiveDocument" x WHERE x."directiveId" = d.id AND x."documentId" = ${filters.documentId})`,
    );
  }
  if (filters.category) parts.push(Prisma.sql`d.category = ${filters.category}`);
  if (filters.overdue) {
    parts.push(
      Prisma.sql`d.status IN ('OPEN', 'IN_PROGRESS') AND d."dueDate" < ${vietnamDay(now)}::date
        AND EXISTS (SELECT 1 FROM "Meeting" p WHERE p.id = d."meetingId" AND NOT p."isArchive")`,
    );
  }
  return parts;
}

/** A board row as the search's one statement returns it (flat, organizations as JSON). */
interface SearchRow {
  id: string;
  content: string;
  category: string;
  status: BoardRow["status"];
  dueDate: Date | null;
  doneProposedAt: Date | null;
  total: number;
  meetingId: string;
  meetingTitle: string;
  isArchive: boolean;
  year: number;
  periodType: BoardRow["meeting"]["period"]["type"];
  periodIndex: number;
  organizations: { role: BoardRow["organizations"][number]["role"]; id: string; shortName: string }[];
}

/** The scope alone as a tsquery: one of the subtrees whose paths the vectors hold. */
const scopeQuery = (roots: readonly string[]) => `(${roots.map(lexeme).join(" | ")})`;

/**
 * The directives the actor may read, as a condition over "Directive" d that the search vectors'
 * GIN index answers (the board's filter choices); null when nothing is readable.
 */
export function readableDirectivesSql(actor: Actor): Prisma.Sql | null {
  const scope = readableDirectiveScope(actor);
  if (!scope) return null;
  const inSubtrees = scope.roots ? Prisma.sql`d."searchVector" @@ ${scopeQuery(scope.roots)}::tsquery` : Prisma.sql`TRUE`;
  return Prisma.sql`${inSubtrees} AND ${scope.condition}`;
}

/**
 * One page of the board and the number of rows its filters select, in one statement
 * (docs/decisions/0033, 0036): the directives' search vectors answer scope and words in one
 * index scan (the scope alone when nothing is searched), a window count over the matches
 * gives the total in the same pass (sorting the page reads every match anyway), and the
 * page's 20 rows are joined with what the board prints (meeting, period, organizations)
 * before they leave the database, instead of Prisma's five round trips.
 */
export async function directiveBoardPage(
  db: Db,
  actor: Actor,
  filters: Filters,
  now: Date,
  pageSize: number,
): Promise<{ rows: BoardRow[]; total: number }> {
  const scope = readableDirectiveScope(actor);
  if (!scope) return { rows: [], total: 0 };
  const searched = filters.q ? directiveSearchQuery(filters.q, scope.roots) : null;
  const query = searched ?? (scope.roots ? scopeQuery(scope.roots) : null);
  const where = Prisma.join(
    [
      query ? Prisma.sql`d."searchVector" @@ ${query}::tsquery` : Prisma.sql`TRUE`,
      scope.condition,
      ...filterSql(actor, filters, now),
    ],
    " AND ",
  );
  // The page is cut from the ids and sort keys alone (the rows' heap pages, not the index, are
  // what a common word costs); only its rows are then read whole.
  const rows = await hotRows<SearchRow>(
    db,
    Prisma.sql`
    WITH hits AS (
      SELECT d.id, d."dueDate", d."createdAt", (count(*) OVER ())::int AS total FROM "Directive" d WHERE ${where}
      ORDER BY d."dueDate" ASC NULLS LAST, d."createdAt" DESC, d.id ASC
      LIMIT ${pageSize} OFFSET ${(filters.page - 1) * pageSize}
    )
    SELECT d.id, d.content, d.category, d.status, d."dueDate", d."doneProposedAt", h.total,
      m.id AS "meetingId", m.title AS "meetingTitle", m."isArchive", p.year, p.type AS "periodType", p.index AS "periodIndex",
      COALESCE((
        SELECT json_agg(json_build_object('role', o.role, 'id', g.id, 'shortName', g."shortName") ORDER BY g."sortOrder", g.id)
        FROM "DirectiveOrganization" o JOIN "Organization" g ON g.id = o."organizationId" WHERE o."directiveId" = d.id
      ), '[]'::json) AS organizations
    FROM hits h JOIN "Directive" d ON d.id = h.id JOIN "Meeting" m ON m.id = d."meetingId" JOIN "Period" p ON p.id = m."periodId"
    ORDER BY h."dueDate" ASC NULLS LAST, h."createdAt" DESC, h.id ASC`,
  );
  if (rows.length) return { rows: rows.map(boardRow), total: rows[0].total };
  // A page past the last one: count on its own.
  const [{ total }] = await hotRows<{ total: number }>(
    db,
    Prisma.sql`SELECT count(*)::int AS total FROM "Directive" d WHERE ${where}`,
  );
  return { rows: [], total };
}

const boardRow = (row: SearchRow): BoardRow => ({
  id: row.id,
  content: row.content,
  category: row.category,
  status: row.status,
  dueDate: row.dueDate,
  doneProposedAt: row.doneProposedAt,
  meeting: {
    id: row.meetingId,
    title: row.meetingTitle,
    isArchive: row.isArchive,
    period: { year: row.year, type: row.periodType, index: row.periodIndex },
  },
  organizations: row.organizations.map(({ role, id, shortName }) => ({ role, organization: { id, shortName } })),
});
