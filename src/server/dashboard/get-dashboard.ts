import "server-only";
import type { DirectiveStatus } from "@prisma/client";
import { actorScopeKey, type Actor } from "@/server/auth/actor";
import { assertCan, readableWhere } from "@/server/auth/policy";
import { readThroughSnapshot } from "@/server/cache/snapshot-cache";
import { getDb } from "@/server/db/client";
import { countDirectives, countDirectivesByPeriodAndStatus, topOverdueLeads } from "@/server/tallies/read-tallies";
import { startOfMinute, vietnamDay } from "@/lib/dates";

const STATUSES: DirectiveStatus[] = ["OPEN", "IN_PROGRESS", "DONE", "CANCELLED"];
const TREND_PERIODS = 8;

export interface Rates {
  expected: number;
  submitted: number;
  onTime: number;
  /** Submitted / expected, in percent (null when nothing is expected). */
  submissionRate: number | null;
  /** Submitted on time / expected, in percent (the matrix's definition). */
  onTimeRate: number | null;
}

function rates(expected: number, submitted: number, onTime: number): Rates {
  const pct = (value: number) => (expected ? Math.round((value / expected) * 1000) / 10 : null);
  return { expected, submitted, onTime, submissionRate: pct(submitted), onTimeRate: pct(onTime) };
}

const SUBMITTED = ["SUBMITTED", "ACCEPTED"] as const;

/**
 * The leaders' dashboard for one quarter: report submission and on-time rates of the
 * actor's unit's reporting organizations (overall and per organization), directives of
 * the period's meetings by status, overdue directives by lead organization, the trend
 * over the last eight quarters, open recommendations, upcoming meetings and deadlines.
 * Every figure is a count query (grouped), never a load of rows; the directive figures are
 * read from the subtree tallies kept by the writing transactions (docs/decisions/0027). The answer is computed as of
 * the minute and reused until the data changes (snapshot cache): leaders reload it often and
 * it costs about 150 ms of database time at national scale.
 */
export async function getDashboard({ actor, periodId, now = new Date() }: { actor: Actor; periodId?: string; now?: Date }) {
  assertCan(actor, "read:dashboard", { unitPath: actor.unitPath });
  const asOf = startOfMinute(now);
  return readThroughSnapshot(`dashboard:${actorScopeKey(actor)}:${periodId ?? ""}:${asOf.toISOString()}`, () =>
    computeDashboard(actor, periodId, asOf),
  );
}

async function computeDashboard(actor: Actor, periodId: string | undefined, now: Date) {
  const db = await getDb();
  const periods = await db.period.findMany({
    where: { type: "QUARTER", startDate: { lte: now } },
    orderBy: { startDate: "desc" },
    take: 40,
    select: { id: true, year: true, type: true, index: true, startDate: true },
  });
  const period = periods.find((row) => row.id === periodId) ?? periods[0] ?? null;
  if (!period) return { periods, period: null } as const;

  const trendPeriods = periods
    .filter((row) => row.startDate <= period.startDate)
    .slice(0, TREND_PERIODS)
    .reverse();
  const trendIds = trendPeriods.map((row) => row.id);
  // read:dashboard is held in the unit subtree only: the actor's unit and those below it.
  const today = vietnamDay(now);
  const inSubtree = { path: { startsWith: actor.unitPath } };

  const [
    organizations,
    reportGroups,
    statusRows,
    overdueRows,
    overdueTotal,
    recommendations,
    openRecommendations,
    meetings,
    deadlines,
  ] = await Promise.all([
    db.organization.findMany({
      where: { unitId: actor.unitId, submitsReports: true, isActive: true },
      orderBy: { sortOrder: "asc" },
      select: { id: true, name: true, shortName: true },
    }),
    db.unitReport.groupBy({
      by: ["periodId", "organizationId", "isLate"],
      where: { unitId: actor.unitId, periodId: { in: trendIds }, status: { in: [...SUBMITTED] } },
      _count: { _all: true },
    }),
    // Directive figures from the subtree tallies (docs/decisions/0027): a few indexed rows,
    // kept current by the writing transactions, instead of counting the scope's directives.
    countDirectivesByPeriodAndStatus(db, actor.unitId, trendIds),
    topOverdueLeads(db, actor.unitId, today, 10),
    countDirectives(db, actor.unitId, { statuses: ["OPEN", "IN_PROGRESS"], dueBefore: today }),
    db.recommendation.count({ where: { status: "OPEN", organization: { unit: inSubtree } } }),
    db.recommendation.findMany({
      where: { status: "OPEN", organization: { unit: inSubtree } },
      orderBy: { createdAt: "desc" },
      take: 5,
      select: { id: true, content: true, organization: { select: { shortName: true } } },
    }),
    db.meeting.findMany({
      where: {
        AND: [readableWhere(actor, "read:meeting"), { status: { in: ["DRAFT", "SCHEDULED"] } }, { startsAt: { gte: now } }],
      },
      orderBy: { startsAt: "asc" },
      take: 5,
      select: { id: true, title: true, startsAt: true, status: true },
    }),
    db.periodDeadline.findMany({
      where: { unitId: actor.unitId, deadline: { gte: now } },
      orderBy: { deadline: "asc" },
      take: 4,
      select: { deadline: true, period: { select: { id: true, year: true, type: true, index: true } } },
    }),
  ]);

  const expectedPerPeriod = organizations.length;
  const count = (filter: (group: (typeof reportGroups)[number]) => boolean) =>
    reportGroups.filter(filter).reduce((sum, group) => sum + group._count._all, 0);
  const byOrganization = organizations.map((organization) => {
    const submitted = count((g) => g.periodId === period.id && g.organizationId === organization.id);
    const onTime = count((g) => g.periodId === period.id && g.organizationId === organization.id && !g.isLate);
    return { organization, ...rates(1, submitted, onTime) };
  });
  const overall = rates(
    expectedPerPeriod,
    count((g) => g.periodId === period.id),
    count((g) => g.periodId === period.id && !g.isLate),
  );
  const trend = trendPeriods.map((row) => ({
    period: row,
    ...rates(
      expectedPerPeriod,
      count((g) => g.periodId === row.id),
      count((g) => g.periodId === row.id && !g.isLate),
    ),
    directives: statusRows.filter((r) => r.periodId === row.id).reduce((sum, r) => sum + r.count, 0),
    directivesDone: statusRows.find((r) => r.periodId === row.id && r.status === "DONE")?.count ?? 0,
  }));
  const overdueOrganizations = await db.organization.findMany({
    where: { id: { in: overdueRows.map((row) => row.organizationId) } },
    select: { id: true, name: true, shortName: true, unit: { select: { name: true } } },
  });
  const overdueByOrganization = overdueRows.map((group) => ({
    organization: overdueOrganizations.find((row) => row.id === group.organizationId)!,
    count: group.count,
  }));
  const byStatus = STATUSES.map((status) => ({
    status,
    count: statusRows.find((row) => row.periodId === period.id && row.status === status)?.count ?? 0,
  }));
  return {
    periods,
    period,
    reports: { overall, byOrganization },
    directives: { byStatus, total: byStatus.reduce((sum, row) => sum + row.count, 0), overdueTotal, overdueByOrganization },
    trend,
    recommendations: { open: recommendations, latest: openRecommendations },
    meetings,
    deadlines,
    asOf: now,
  } as const;
}
