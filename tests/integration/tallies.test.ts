import type { PrismaClient } from "@prisma/client";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromVietnamTime } from "@/lib/dates";
import { readableWhere } from "@/server/auth/policy";
import { AppError } from "@/server/errors";
import { getDashboard } from "@/server/dashboard/get-dashboard";
import { overdueWhere } from "@/server/directives/directive-overdue";
import { listDirectives } from "@/server/directives/list-directives";
import { ZListDirectivesSchema } from "@/server/directives/schemas";
import { REPORTS_PAGE_SIZE, listReports } from "@/server/reports/list-reports";
import { createPeriod } from "../../prisma/factories/periods";
import { directiveFilterWhere } from "../setup/directive-filter-where";
import { prepareSteps, step, type Step } from "../setup/use-case-steps";
import { useSmallWorld } from "../setup/use-test-database";
import type { SmallWorld } from "../setup/small-world";

/** Every row of both tallies, recounted from the source rows (what the migration's backfill does). */
async function recount(db: PrismaClient) {
  const reports = await db.$queryRaw<{ key: string; count: number }[]>`
    SELECT a.id || '|' || r."periodId" || '|' || r.status || '|' || r."isLate" AS key, count(*)::int AS count
    FROM "UnitReport" r JOIN "Unit" u ON u.id = r."unitId" JOIN "Unit" a ON starts_with(u.path, a.path)
    GROUP BY 1 ORDER BY 1`;
  const directives = await db.$queryRaw<{ key: string; count: number }[]>`
    SELECT a.id || '|' || m."periodId" || '|' || d.status || '|' || COALESCE(d."dueDate", 'infinity'::date)::text AS key,
           count(*)::int AS count
    FROM "Directive" d JOIN "Meeting" m ON m.id = d."meetingId" JOIN "Unit" u ON u.id = m."unitId"
    JOIN "Unit" a ON starts_with(u.path, a.path)
    GROUP BY 1 ORDER BY 1`;
  const organizations = await db.$queryRaw<{ key: string; count: number }[]>`
    SELECT a.id || '|' || o."organizationId" || '|' || o.role || '|' || d.status || '|' ||
           COALESCE(d."dueDate", 'infinity'::date)::text AS key, count(*)::int AS count
    FROM "Directive" d JOIN "DirectiveOrganization" o ON o."directiveId" = d.id JOIN "Meeting" m ON m.id = d."meetingId"
    JOIN "Unit" u ON u.id = m."unitId" JOIN "Unit" a ON starts_with(u.path, a.path)
    GROUP BY 1 ORDER BY 1`;
  return { reports, directives, organizations };
}

async function tallies(db: PrismaClient) {
  const reports = await db.$queryRaw<{ key: string; count: number }[]>`
    SELECT "unitId" || '|' || "periodId" || '|' || status || '|' || "isLate" AS key, count
    FROM "ReportTally" WHERE count <> 0 ORDER BY 1`;
  const directives = await db.$queryRaw<{ key: string; count: number }[]>`
    SELECT "unitId" || '|' || "periodId" || '|' || status || '|' || "dueDate"::text AS key, count
    FROM "DirectiveTally" WHERE count <> 0 ORDER BY 1`;
  const organizations = await db.$queryRaw<{ key: string; count: number }[]>`
    SELECT "unitId" || '|' || "organizationId" || '|' || role || '|' || status || '|' || "dueDate"::text AS key, count
    FROM "DirectiveOrganizationTally" WHERE count <> 0 ORDER BY 1`;
  return { reports, directives, organizations };
}

describe("tallies kept in the writing transaction", () => {
  let db: PrismaClient;
  let world: SmallWorld;
  let draftMeetings: string[];
  let periods: string[];

  let run: (s: Step) => Promise<void>;

  useSmallWorld(async (setup) => {
    ({ db, world } = setup);
    ({ run, periods, draftMeetings } = await prepareSteps(db, world));
  });

  it("agree with a full recount, and with the migration's backfill (rebuild_tallies)", async () => {
    const kept = await tallies(db);
    expect(kept.directives.length).toBeGreaterThan(0);
    expect(kept).toEqual(await recount(db));
    await db.$executeRaw`SELECT rebuild_tallies()`;
    expect(await tallies(db)).toEqual(kept);
  });

  it("agree with a full recount after any sequence of writes through the use cases", async () => {
    let writes = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 12 }), async (steps) => {
        for (const s of steps) {
          try {
            await run(s);
            writes += 1;
          } catch (error) {
            if (!(error instanceof AppError)) throw error;
          }
        }
        expect(await tallies(db)).toEqual(await recount(db));
      }),
      { numRuns: 15, seed: 18 },
    );
    // The sequences did write (a property over refused writes only would prove nothing).
    expect(writes).toBeGreaterThan(30);
  }, 120_000);

  it("follow a meeting moved to another period and unit, and one deleted with its directives", async () => {
    const q4 = await createPeriod(db, { year: 2020, type: "QUARTER", index: 4 });
    await db.meeting.update({ where: { id: draftMeetings[1] }, data: { periodId: q4.id, unitId: world.units.sibling.id } });
    expect(await tallies(db)).toEqual(await recount(db));
    await db.meeting.delete({ where: { id: draftMeetings[0] } });
    expect(await tallies(db)).toEqual(await recount(db));
  });

  it("give the board the same totals as counting its rows, for every filter the tallies keep", async () => {
    const now = fromVietnamTime("2020-07-01", "09:00");
    const org = world.organizations.province;
    const filters = [
      {},
      { status: "OPEN" },
      { status: "IN_PROGRESS", overdue: "1" },
      { overdue: "1" },
      { periodId: periods[1] },
      { periodId: periods[1], status: "DONE" },
      { organizationId: org.MTTQ.id },
      { organizationId: org.VETERANS.id, overdue: "1" },
    ];
    for (const actor of [world.actors.secretariat, world.actors.leader, world.actors.districtSecretariat]) {
      for (const input of filters) {
        const page = await listDirectives({ actor, input, now });
        const where = directiveFilterWhere(actor, ZListDirectivesSchema.parse(input), now);
        expect({ input, total: page.total }).toEqual({ input, total: await db.directive.count({ where }) });
      }
    }
    const dashboard = await getDashboard({ actor: world.actors.leader, now });
    const overdue = await db.directive.count({
      where: { AND: [{ meeting: { unit: { path: { startsWith: world.units.province.path } } } }, overdueWhere(now)] },
    });
    expect(dashboard.period && dashboard.directives.overdueTotal).toBe(overdue);
  });
  it("give the report list the pages of sorting every report, when the tallies place its page", async () => {
    // More periods, the year and its first quarter starting on the same day (their reports interleave).
    const extra = await Promise.all(
      [
        { year: 2020, type: "YEAR", index: 1 },
        { year: 2019, type: "QUARTER", index: 4 },
        { year: 2020, type: "QUARTER", index: 3 },
      ].map((period) => createPeriod(db, period as Parameters<typeof createPeriod>[1])),
    );
    const organizations = await db.organization.findMany({ where: { submitsReports: true }, select: { id: true, unitId: true } });
    const statuses = ["DRAFT", "SUBMITTED", "ACCEPTED", "RETURNED"] as const;
    await db.unitReport.createMany({
      data: [world.period.id, ...periods, ...extra.map((period) => period.id)].flatMap((periodId, p) =>
        organizations.map((organization, o) => ({
          periodId,
          organizationId: organization.id,
          unitId: organization.unitId,
          status: statuses[(p + o) % 4],
          submittedAt: (p + o) % 4 ? new Date(Date.UTC(2020, 0, 1 + ((o * 7 + p) % 13))) : null,
        })),
      ),
      skipDuplicates: true,
    });
    expect(await tallies(db)).toEqual(await recount(db));
    const { secretariat, leader, districtSecretariat } = world.actors;
    let compared = 0;
    for (const actor of [secretariat, leader, districtSecretariat]) {
      for (const status of [undefined, "SUBMITTED", "DRAFT"]) {
        for (const periodId of [undefined, extra[0].id]) {
          const all = await db.unitReport.findMany({
            where: {
              AND: [
                readableWhere(actor, "read:report"),
                status ? { status: status as (typeof statuses)[number] } : {},
                periodId ? { periodId } : {},
              ],
            },
            orderBy: [{ period: { startDate: "desc" } }, { submittedAt: { sort: "desc", nulls: "last" } }, { id: "asc" }],
            select: { id: true },
          });
          for (let page = 1; page <= Math.ceil(all.length / REPORTS_PAGE_SIZE) + 1; page++) {
            const listed = await listReports({ actor, status, periodId, page });
            const want = all.slice((page - 1) * REPORTS_PAGE_SIZE, page * REPORTS_PAGE_SIZE).map((row) => row.id);
            expect({ status, periodId, page, total: listed.total, ids: listed.rows.map((row) => row.id) }).toEqual({
              status,
              periodId,
              page,
              total: all.length,
              ids: want,
            });
            compared += want.length;
          }
        }
      }
    }
    expect(compared).toBeGreaterThan(100);
  });
});
