import "server-only";
import { Prisma, type DirectiveStatus, type MeetingStatus, type PeriodType } from "@prisma/client";
import { actorScopeKey, type Actor } from "@/server/auth/actor";
import { assertCan } from "@/server/auth/policy";
import { readThroughScope } from "@/server/cache/change-scope";
import { readableMeetingsSql } from "@/server/meetings/readable-meetings-sql";
import { getDb, hotRows } from "@/server/db/client";
import { utcInJson } from "@/server/db/json-sql";
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

/** Every figure counts rows these actions read, all of them inside the actor's subtree. */
const DASHBOARD_READS = ["read:dashboard", "read:meeting", "read:directive", "read:report", "read:recommendation"] as const;

/**
 * The leaders' dashboard for one quarter: report submission and on-time rates of the
 * actor's unit's reporting organizations (overall and per organization), directives of
 * the period's meetings by status, overdue directives by lead organization, the trend
 * over the last eight quarters, open recommendations, upcoming meetings and deadlines.
 * Every figure is a count (grouped), never a load of rows; the directive figures are read from
 * the subtree tallies kept by the writing transactions (docs/decisions/0027); all of it is one
 * statement (docs/decisions/0044). The answer is computed as of the minute and reused until
 * a write lands in the leader's subtree (docs/decisions/0047): leaders reload it often.
 */
export async function getDashboard({ actor, periodId, now = new Date() }: { actor: Actor; periodId?: string; now?: Date }) {
  assertCan(actor, "read:dashboard", { unitPath: actor.unitPath });
  const asOf = startOfMinute(now);
  return readThroughScope(
    actor,
    DASHBOARD_READS,
    `dashboard:${actorScopeKey(actor)}:${periodId ?? ""}:${asOf.toISOString()}`,
    () => computeDashboard(actor, periodId, asOf),
  );
}

type PeriodJson = { id: string; year: number; type: PeriodType; index: number };

interface DashboardRow {
  periods: (PeriodJson & { startDate: string })[];
  periodId: string | null;
  organizations: { id: string; name: string; shortName: string }[];
  reportGroups: { periodId: string; organizationId: string; isLate: boolean; count: number }[];
  statusRows: { periodId: string; status: DirectiveStatus; count: number }[];
  overdueRows: { count: number; organization: { id: string; name: string; shortName: string; unit: { name: string } } }[];
  overdueTotal: number;
  openRecommendations: number;
  latestRecommendations: { id: string; content: string; organization: { shortName: string } }[];
  meetings: { id: string; title: string; startsAt: string; status: MeetingStatus }[];
  deadlines: { deadline: string; period: PeriodJson }[];
}

/**
 * Everything the dashboard shows, in one statement (docs/decisions/0044): through Prisma it was
 * fifteen round trips in three waves on a read-cache miss, which under a writer is most views.
 * The directive figures still come from the subtree tallies (docs/decisions/0027), the same
 * sums as read-tallies.ts; tests/integration/dashboard-sql.test.ts compares the answer with the
 * Prisma reads it replaces.
 */
async function loadDashboardRow(actor: Actor, periodId: string | undefined, now: Date, today: string) {
  const db = await getDb();
  const [row] = await hotRows<DashboardRow>(
    db,
    Prisma.sql`
    WITH periods AS (
      SELECT id, year, type, index, "startDate" FROM "Period"
      WHERE type = 'QUARTER' AND "startDate" <= ${now}::timestamp(3)
      ORDER BY "startDate" DESC, id LIMIT 40
    ), chosen AS (
      SELECT p.id, p."startDate" FROM periods p
      WHERE p.id = COALESCE((SELECT id FROM periods WHERE id = ${periodId ?? null}), (SELECT id FROM periods ORDER BY "startDate" DESC, id LIMIT 1))
    ), trend AS (
      SELECT p.id FROM periods p, chosen c WHERE p."startDate" <= c."startDate" ORDER BY p."startDate" DESC, p.id LIMIT ${TREND_PERIODS}
    ), open_recommendations AS MATERIALIZED (
      SELECT c.id, c.content, c."createdAt", g."shortName" FROM "Recommendation" c
      JOIN "Organization" g ON g.id = c."organizationId" JOIN "Unit" u ON u.id = g."unitId"
      WHERE c.status = 'OPEN' AND starts_with(u.path, ${actor.unitPath})
    )
    SELECT
      COALESCE((
        SELECT json_agg(json_build_object('id', p.id, 'year', p.year, 'type', p.type, 'index', p.index, 'startDate', p."startDate")
          ORDER BY p."startDate" DESC, p.id)
        FROM periods p
      ), '[]'::json) AS periods,
      (SELECT id FROM chosen) AS "periodId",
      COALESCE((
        SELECT json_agg(json_build_object('id', g.id, 'name', g.name, 'shortName', g."shortName") ORDER BY g."sortOrder", g.id)
        FROM "Organization" g WHERE g."unitId" = ${actor.unitId} AND g."submitsReports" AND g."isActive"
      ), '[]'::json) AS organizations,
      COALESCE((
        SELECT json_agg(json_build_object('periodId', r."periodId", 'organizationId', r."organizationId", 'isLate', r."isLate", 'count', r.count))
        FROM (
          SELECT r."periodId", r."organizationId", r."isLate", count(*)::int AS count FROM "UnitReport" r
          WHERE r."unitId" = ${actor.unitId} AND r."periodId" IN (SELECT id FROM trend) AND r.status IN ('SUBMITTED', 'ACCEPTED')
          GROUP BY 1, 2, 3
        ) r
      ), '[]'::json) AS "reportGroups",
      COALESCE((
        SELECT json_agg(json_build_object('periodId', t."periodId", 'status', t.status, 'count', t.count))
        FROM (
          SELECT "periodId", status, sum(count)::int AS count FROM "DirectiveTally"
          WHERE "unitId" = ${actor.unitId} AND "periodId" IN (SELECT id FROM trend)
          GROUP BY "periodId", status HAVING sum(count) > 0
        ) t
      ), '[]'::json) AS "statusRows",
      COALESCE((
        SELECT json_agg(json_build_object('count', t.count, 'organization', json_build_object('id', g.id, 'name', g.name,
          'shortName', g."shortName", 'unit', json_build_object('name', u.name))) ORDER BY t.count DESC, t."organizationId")
        FROM (
          SELECT "organizationId", sum(count)::int AS count FROM "DirectiveOrganizationTally"
          WHERE "unitId" = ${actor.unitId} AND status IN ('OPEN', 'IN_PROGRESS') AND "dueDate" < ${today}::date AND role = 'LEAD'
          GROUP BY "organizationId" HAVING sum(count) > 0
          ORDER BY 2 DESC, 1 LIMIT 10
        ) t JOIN "Organization" g ON g.id = t."organizationId" JOIN "Unit" u ON u.id = g."unitId"
      ), '[]'::json) AS "overdueRows",
      (
        SELECT COALESCE(sum(count), 0)::int FROM "DirectiveTally"
        WHERE "unitId" = ${actor.unitId} AND status IN ('OPEN', 'IN_PROGRESS') AND "dueDate" < ${today}::date
      ) AS "overdueTotal",
      (SELECT count(*)::int FROM open_recommendations) AS "openRecommendations",
      COALESCE((
        SELECT json_agg(json_build_object('id', c.id, 'content', c.content, 'organization', json_build_object('shortName', c."shortName"))
          ORDER BY c."createdAt" DESC, c.id)
        FROM (SELECT * FROM open_recommendations ORDER BY "createdAt" DESC, id LIMIT 5) c
      ), '[]'::json) AS "latestRecommendations",
      COALESCE((
        SELECT json_agg(json_build_object('id', m.id, 'title', m.title, 'startsAt', ${utcInJson('m."startsAt"')}, 'status', m.status)
          ORDER BY m."startsAt", m.id)
        FROM (
          SELECT m.id, m.title, m."startsAt", m.status FROM "Meeting" m JOIN "Unit" u ON u.id = m."unitId"
          WHERE ${readableMeetingsSql(actor)} AND m.status IN ('DRAFT', 'SCHEDULED') AND m."startsAt" >= ${now}::timestamp(3)
          ORDER BY m."startsAt", m.id LIMIT 5
        ) m
      ), '[]'::json) AS meetings,
      COALESCE((
        SELECT json_agg(json_build_object('deadline', ${utcInJson("d.deadline")}, 'period', json_build_object('id', p.id,
          'year', p.year, 'type', p.type, 'index', p.index)) ORDER BY d.deadline, d.id)
        FROM (
          SELECT d.id, d.deadline, d."periodId" FROM "PeriodDeadline" d
          WHERE d."unitId" = ${actor.unitId} AND d.deadline >= ${now}::timestamp(3)
          ORDER BY d.deadline, d.id LIMIT 4
        ) d JOIN "Period" p ON p.id = d."periodId"
      ), '[]'::json) AS deadlines`,
  );
  return row;
}

async function computeDashboard(actor: Actor, periodId: string | undefined, now: Date) {
  const today = vietnamDay(now);
  const row = await loadDashboardRow(actor, periodId, now, today);
  const periods = row.periods.map((item) => ({ ...item, startDate: new Date(item.startDate) }));
  const period = periods.find((item) => item.id === row.periodId) ?? null;
  if (!period) return { periods, period: null } as const;

  const trendPeriods = periods
    .filter((item) => item.startDate <= period.startDate)
    .slice(0, TREND_PERIODS)
    .reverse();
  const { organizations, reportGroups, statusRows, overdueRows, overdueTotal } = row;

  const expectedPerPeriod = organizations.length;
  const count = (filter: (group: (typeof reportGroups)[number]) => boolean) =>
    reportGroups.filter(filter).reduce((sum, group) => sum + group.count, 0);
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
  const trend = trendPeriods.map((item) => ({
    period: item,
    ...rates(
      expectedPerPeriod,
      count((g) => g.periodId === item.id),
      count((g) => g.periodId === item.id && !g.isLate),
    ),
    directives: statusRows.filter((r) => r.periodId === item.id).reduce((sum, r) => sum + r.count, 0),
    directivesDone: statusRows.find((r) => r.periodId === item.id && r.status === "DONE")?.count ?? 0,
  }));
  const byStatus = STATUSES.map((status) => ({
    status,
    count: statusRows.find((r) => r.periodId === period.id && r.status === status)?.count ?? 0,
  }));
  return {
    periods,
    period,
    reports: { overall, byOrganization },
    directives: {
      byStatus,
      total: byStatus.reduce((sum, item) => sum + item.count, 0),
      overdueTotal,
      overdueByOrganization: overdueRows,
    },
    trend,
    recommendations: { open: row.openRecommendations, latest: row.latestRecommendations },
    meetings: row.meetings.map((meeting) => ({ ...meeting, startsAt: new Date(meeting.startsAt) })),
    deadlines: row.deadlines.map((item) => ({ ...item, deadline: new Date(item.deadline) })),
    asOf: now,
  } as const;
}
