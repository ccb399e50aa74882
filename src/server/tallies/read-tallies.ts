import "server-only";
import type { DirectiveStatus, ReportStatus } from "@prisma/client";
import { Prisma } from "@prisma/client";
import type { Actor } from "@/server/auth/actor";
import { scopeOutline, type ScopedAction } from "@/server/auth/policy";
import { hotRows, type Db } from "@/server/db/client";

/**
 * Reads of the subtree tallies (docs/decisions/0027): counts of reports and directives of a
 * unit and everything below it, kept current by triggers in every writing transaction, so a
 * province's figure is a few indexed rows instead of a count over its scope.
 */

/**
 * The unit whose subtree is exactly what the actor may see for `action`, or null when the
 * scope is something else (own organization, published only, everything): then the caller
 * counts the rows themselves. Own-organization and published scopes lie inside the subtree,
 * so holding the subtree scope makes the union the subtree.
 */
export function tallyUnitFor(actor: Actor, action: ScopedAction): string | null {
  const outline = scopeOutline(actor, action);
  // A merged unit's actor also reads its predecessors' subtrees: more than one root.
  return outline !== "any" && outline.scopes.includes("unit-subtree") && outline.roots.length === 1 ? actor.unitId : null;
}

export interface DirectiveTallyFilter {
  statuses?: readonly DirectiveStatus[];
  periodIds?: readonly string[];
  /** Only directives due before this Vietnam calendar day (YYYY-MM-DD). */
  dueBefore?: string;
}

/**
 * Enum values as parameters cast one by one: comparing the column itself (not `status::text`)
 * lets the index on status apply; an empty list matches nothing.
 */
function enumValues(values: readonly string[], type: "DirectiveStatus" | "ReportStatus"): Prisma.Sql {
  if (!values.length) return Prisma.sql`NULL`;
  return Prisma.join(values.map((value) => Prisma.sql`${value}::${Prisma.raw(`"${type}"`)}`));
}

function directiveConditions(filter: DirectiveTallyFilter): Prisma.Sql[] {
  const parts: Prisma.Sql[] = [];
  if (filter.statuses) parts.push(Prisma.sql`status IN (${enumValues(filter.statuses, "DirectiveStatus")})`);
  if (filter.periodIds) parts.push(Prisma.sql`"periodId" = ANY(${[...filter.periodIds]})`);
  if (filter.dueBefore) parts.push(Prisma.sql`"dueDate" < ${filter.dueBefore}::date`);
  return parts;
}

const and = (parts: Prisma.Sql[]) => (parts.length ? Prisma.sql` AND ${Prisma.join(parts, " AND ")}` : Prisma.empty);

/** Directives of the subtree's meetings matching the filter. */
export async function countDirectives(db: Db, unitId: string, filter: DirectiveTallyFilter = {}): Promise<number> {
  const rows = await hotRows<{ count: number }>(
    db,
    Prisma.sql`
    SELECT COALESCE(sum(count), 0)::int AS count FROM "DirectiveTally"
    WHERE "unitId" = ${unitId}${and(directiveConditions(filter))}`,
  );
  return rows[0]?.count ?? 0;
}

/** Directives of the subtree's meetings per meeting period and status. */
export async function countDirectivesByPeriodAndStatus(db: Db, unitId: string, periodIds: readonly string[]) {
  return hotRows<{ periodId: string; status: DirectiveStatus; count: number }>(
    db,
    Prisma.sql`
    SELECT "periodId", status::text AS status, sum(count)::int AS count FROM "DirectiveTally"
    WHERE "unitId" = ${unitId} AND "periodId" = ANY(${[...periodIds]})
    GROUP BY "periodId", status HAVING sum(count) > 0`,
  );
}

/** The lead organizations with the most overdue directives in the subtree (open, due before `today`). */
export async function topOverdueLeads(db: Db, unitId: string, today: string, limit: number) {
  return hotRows<{ organizationId: string; count: number }>(
    db,
    Prisma.sql`
    SELECT "organizationId", sum(count)::int AS count FROM "DirectiveOrganizationTally"
    WHERE "unitId" = ${unitId} AND status IN ('OPEN', 'IN_PROGRESS') AND "dueDate" < ${today}::date AND role = 'LEAD'
    GROUP BY "organizationId" HAVING sum(count) > 0
    ORDER BY 2 DESC, 1 LIMIT ${limit}`,
  );
}

/** Reports of the subtree's organizations in the given statuses (all periods). */
export async function countReports(db: Db, unitId: string, statuses: readonly ReportStatus[]): Promise<number> {
  const rows = await hotRows<{ count: number }>(
    db,
    Prisma.sql`
    SELECT COALESCE(sum(count), 0)::int AS count FROM "ReportTally"
    WHERE "unitId" = ${unitId} AND status IN (${enumValues(statuses, "ReportStatus")})`,
  );
  return rows[0]?.count ?? 0;
}

/**
 * Reports of the subtree's organizations per period (with its start, latest first), in the
 * given statuses and period when asked: the report list's total and where its page lies.
 */
export async function countReportsByPeriod(
  db: Db,
  unitId: string,
  filter: { statuses?: readonly ReportStatus[]; periodId?: string } = {},
) {
  const parts: Prisma.Sql[] = [];
  if (filter.statuses) parts.push(Prisma.sql`t.status IN (${enumValues(filter.statuses, "ReportStatus")})`);
  if (filter.periodId) parts.push(Prisma.sql`t."periodId" = ${filter.periodId}`);
  return hotRows<{ periodId: string; startDate: Date; count: number }>(
    db,
    Prisma.sql`
    SELECT t."periodId", p."startDate", sum(t.count)::int AS count
    FROM "ReportTally" t JOIN "Period" p ON p.id = t."periodId"
    WHERE t."unitId" = ${unitId}${and(parts)}
    GROUP BY t."periodId", p."startDate" HAVING sum(t.count) > 0
    ORDER BY p."startDate" DESC`,
  );
}
