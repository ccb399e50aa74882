import "server-only";
import { searchWords } from "@/lib/text";
import { Prisma, type ReportStatus } from "@prisma/client";
import { actorScopeKey, type Actor } from "@/server/auth/actor";
import { assertCan, readableWhere, scopeWhere } from "@/server/auth/policy";
import { readThroughScope } from "@/server/cache/change-scope";
import { readThroughSnapshot } from "@/server/cache/snapshot-cache";
import { getDb, hotRows, type Db } from "@/server/db/client";
import { countReportsByPeriod, tallyUnitFor } from "@/server/tallies/read-tallies";

export const REPORTS_PAGE_SIZE = 20;
const STATUSES: ReportStatus[] = ["DRAFT", "SUBMITTED", "ACCEPTED", "RETURNED"];

interface ReportListInput {
  actor: Actor;
  periodId?: string;
  organizationId?: string;
  status?: string;
  page: number;
}

/** One page of the reports the actor may read; reused until a write lands in their subtrees (docs/decisions/0047). */
export async function listReports(input: ReportListInput) {
  assertCan(input.actor, "read:report");
  const { actor, periodId, organizationId, status, page } = input;
  const key = `reports:${actorScopeKey(actor)}:${JSON.stringify({ periodId, organizationId, status, page })}`;
  return readThroughScope(actor, ["read:report"], key, () => loadReportPage(input));
}

async function loadReportPage({ actor, periodId, organizationId, status, page }: ReportListInput) {
  const db = await getDb();
  const statuses = status && STATUSES.includes(status as ReportStatus) ? [status as ReportStatus] : undefined;
  const filter: Prisma.UnitReportWhereInput[] = [
    readableWhere(actor, "read:report"),
    periodId ? { periodId } : {},
    organizationId ? { organizationId } : {},
    statuses ? { status: statuses[0] } : {},
  ];
  const window = organizationId ? null : await pageFromTallies(db, actor, { statuses, periodId }, page);
  const where: Prisma.UnitReportWhereInput = { AND: [...filter, window ? { periodId: { in: window.periodIds } } : {}] };
  const [total, rows] = await Promise.all([
    window ? window.total : db.unitReport.count({ where }),
    db.unitReport.findMany({
      where,
      orderBy: [{ period: { startDate: "desc" } }, { submittedAt: { sort: "desc", nulls: "last" } }, { id: "asc" }],
      skip: window ? window.skip : (page - 1) * REPORTS_PAGE_SIZE,
      take: REPORTS_PAGE_SIZE,
      select: {
        id: true,
        status: true,
        submittedAt: true,
        isLate: true,
        period: { select: { year: true, type: true, index: true } },
        organization: { select: { name: true, shortName: true } },
        unit: { select: { name: true } },
      },
    }),
  ]);
  return { total, rows, page, pages: Math.max(1, Math.ceil(total / REPORTS_PAGE_SIZE)) };
}

/**
 * When the actor reads a whole subtree, its reports per period come from the subtree tallies
 * (docs/decisions/0027): they give the total, and, the list being ordered by period start
 * first, the periods the page falls in (those sharing a start day go together, their reports
 * interleave), so the page is sorted out of one period's ~600 reports instead of a province's
 * ~23,000. `skip` is the page's offset among those periods' reports.
 */
async function pageFromTallies(
  db: Db,
  actor: Actor,
  filter: { statuses?: ReportStatus[]; periodId?: string },
  page: number,
): Promise<{ total: number; periodIds: string[]; skip: number } | null> {
  const unitId = tallyUnitFor(actor, "read:report");
  if (!unitId) return null;
  const periods = await countReportsByPeriod(db, unitId, filter);
  const start = (page - 1) * REPORTS_PAGE_SIZE;
  const end = start + REPORTS_PAGE_SIZE;
  let before = 0;
  let skip = 0;
  const periodIds: string[] = [];
  for (let i = 0; i < periods.length;) {
    // One group: the periods starting on the same day.
    let j = i;
    let count = 0;
    while (j < periods.length && periods[j].startDate.getTime() === periods[i].startDate.getTime()) count += periods[j++].count;
    if (before + count > start && before < end) {
      if (!periodIds.length) skip = start - before;
      periodIds.push(...periods.slice(i, j).map((row) => row.periodId));
    }
    before += count;
    i = j;
  }
  return { total: before, periodIds, skip };
}

/** At most this many organizations are offered in the filter's picker (a province has ~600). */
export const ORGANIZATION_PICKER_LIMIT = 30;

/**
 * Periods and organizations to filter by, within what the actor may read. A province offers
 * some 600 organizations, too many for one select (200 kB of HTML): when there are more than
 * ORGANIZATION_PICKER_LIMIT, the picker lists those matching `organizationQuery` (words of the
 * organization's or its unit's name, accents optional), else those of the actor's own unit,
 * plus the selected one. Reused until a write lands in the reader's subtrees (docs/decisions/0047).
 */
export async function listReportFilters(
  actor: Actor,
  { organizationQuery = "", organizationId }: { organizationQuery?: string; organizationId?: string } = {},
) {
  assertCan(actor, "read:report");
  const key = `report-filters:${actorScopeKey(actor)}:${JSON.stringify([organizationQuery, organizationId ?? ""])}`;
  return readThroughScope(actor, ["read:report"], key, () => loadReportFilters(actor, organizationQuery, organizationId));
}

async function loadReportFilters(actor: Actor, organizationQuery: string, organizationId: string | undefined) {
  const db = await getDb();
  const inScope: Prisma.OrganizationWhereInput = {
    AND: [scopeWhere(actor, "read:report", "organization"), { submitsReports: true }],
  };
  const words = searchWords(organizationQuery);
  const [periods, total] = await Promise.all([
    db.period.findMany({
      orderBy: [{ startDate: "desc" }, { type: "asc" }],
      select: { id: true, year: true, type: true, index: true },
    }),
    db.organization.count({ where: inScope }),
  ]);
  let narrowed: Prisma.OrganizationWhereInput = {};
  if (total > ORGANIZATION_PICKER_LIMIT) {
    if (words.length) {
      // Unaccented match in the database (search_key), among the units under the actor's.
      const prefix = `${actor.unitPath.replace(/[\\%_]/g, "\\$&")}%`;
      const patterns = words.map((word) => `%${word}%`);
      const matches = await hotRows<{ id: string }>(
        db,
        Prisma.sql`
        SELECT o.id FROM "Organization" o JOIN "Unit" u ON u.id = o."unitId"
        WHERE u.path LIKE ${prefix} AND o."submitsReports"
          AND search_key(o.name || ' ' || u.name) LIKE ALL(${patterns})
        ORDER BY u.path, o."sortOrder" LIMIT ${ORGANIZATION_PICKER_LIMIT}`,
      );
      narrowed = { id: { in: matches.map((row) => row.id) } };
    } else {
      narrowed = { unitId: actor.unitId };
    }
    if (organizationId) narrowed = { OR: [narrowed, { id: organizationId }] };
  }
  const organizations = await db.organization.findMany({
    where: { AND: [inScope, narrowed] },
    orderBy: [{ unit: { path: "asc" } }, { sortOrder: "asc" }],
    take: total > ORGANIZATION_PICKER_LIMIT ? ORGANIZATION_PICKER_LIMIT + 1 : undefined,
    select: { id: true, name: true, unit: { select: { name: true } } },
  });
  return { periods, organizations, organizationsTotal: total, organizationQuery };
}

/** A reporting deadline with its period and, if it exists, the report of the given organization for it. */
export function deadlineWithOwnReport(organizationId: string) {
  return {
    deadline: true,
    period: {
      select: {
        id: true,
        year: true,
        type: true,
        index: true,
        unitReports: { where: { organizationId }, select: { id: true, status: true } },
      },
    },
  } as const;
}

/** For an organization's staff: the periods open for reporting and their report, if any. */
export async function listOwnReportablePeriods(actor: Actor) {
  if (!actor.organizationId) return [];
  const db = await getDb();
  const deadlines = await db.periodDeadline.findMany({
    where: { unitId: actor.unitId },
    orderBy: { deadline: "desc" },
    take: 8,
    select: deadlineWithOwnReport(actor.organizationId),
  });
  return deadlines.map((row) => ({
    deadline: row.deadline,
    period: { id: row.period.id, year: row.period.year, type: row.period.type, index: row.period.index },
    report: row.period.unitReports[0] ?? null,
  }));
}

/**
 * Periods (latest first) and units in the actor's scope, for choosing a digest; reused while the
 * database is unchanged, within one UTC day (periods that have started by now: the date
 * columns compare with the instant at UTC midnight).
 */
export async function listDigestChoices(actor: Actor, now = new Date()) {
  assertCan(actor, "read:report", { unitPath: actor.unitPath });
  const day = now.toISOString().slice(0, 10);
  return readThroughSnapshot(`digest-choices:${actor.unitPath}:${day}`, () => loadDigestChoices(actor.unitPath, day));
}

async function loadDigestChoices(unitPath: string, day: string) {
  const db = await getDb();
  const [periods, units] = await Promise.all([
    db.period.findMany({
      where: { startDate: { lte: new Date(`${day}T00:00:00Z`) } },
      orderBy: [{ startDate: "desc" }, { type: "asc" }],
      select: { id: true, year: true, type: true, index: true },
    }),
    db.unit.findMany({
      where: { path: { startsWith: unitPath } },
      orderBy: { path: "asc" },
      select: { id: true, name: true },
    }),
  ]);
  return { periods, units };
}
