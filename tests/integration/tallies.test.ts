import type { PrismaClient } from "@prisma/client";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromVietnamTime } from "@/lib/dates";
import { readableWhere } from "@/server/auth/policy";
import { AppError } from "@/server/errors";
import { cancelDirective } from "@/server/directives/cancel-directive";
import { postProgress } from "@/server/directives/post-progress";
import { proposeDone } from "@/server/directives/propose-done";
import { confirmDone, reopenDirective } from "@/server/directives/review-directive";
import { getDashboard } from "@/server/dashboard/get-dashboard";
import { overdueWhere } from "@/server/directives/directive-overdue";
import { listDirectives } from "@/server/directives/list-directives";
import { ZListDirectivesSchema } from "@/server/directives/schemas";
import { saveDirectives } from "@/server/meetings/save-directives";
import { REPORTS_PAGE_SIZE, listReports } from "@/server/reports/list-reports";
import { openReport } from "@/server/reports/open-report";
import { acceptReport, returnReport } from "@/server/reports/review-report";
import { submitReport } from "@/server/reports/submit-report";
import { createMeeting } from "../../prisma/factories/meetings";
import { createPeriod } from "../../prisma/factories/periods";
import { directiveFilterWhere } from "../setup/directive-filter-where";
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

const DAYS = ["", "2020-04-15", "2020-06-30", "2021-01-10"];

/**
 * One write through a use case, as a user would make it. Choices the state does not allow
 * (confirming an open directive, submitting an accepted report) fail with an AppError and
 * change nothing: the sequence goes on, as it would in the application.
 */
type Step =
  | { kind: "saveDirectives"; meeting: 0 | 1; directives: { day: number; lead: number; support: boolean }[] }
  | { kind: "progress" | "propose" | "confirm" | "reopen" | "cancel"; directive: number }
  | { kind: "openReport" | "submitReport" | "acceptReport" | "returnReport"; who: 0 | 1 | 2; period: 0 | 1 };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    kind: fc.constant("saveDirectives" as const),
    meeting: fc.constantFrom(0 as const, 1 as const),
    directives: fc.array(fc.record({ day: fc.nat(DAYS.length - 1), lead: fc.nat(1), support: fc.boolean() }), { maxLength: 4 }),
  }),
  fc.record({
    kind: fc.constantFrom("progress" as const, "propose" as const, "confirm" as const, "reopen" as const, "cancel" as const),
    directive: fc.nat(20),
  }),
  fc.record({
    kind: fc.constantFrom("openReport" as const, "submitReport" as const, "acceptReport" as const, "returnReport" as const),
    who: fc.constantFrom(0 as const, 1 as const, 2 as const),
    period: fc.constantFrom(0 as const, 1 as const),
  }),
);

describe("tallies kept in the writing transaction", () => {
  let db: PrismaClient;
  let world: SmallWorld;
  let draftMeetings: string[];
  let periods: string[];

  useSmallWorld(async (setup) => {
    ({ db, world } = setup);
    const q2 = await createPeriod(db, { year: 2020, type: "QUARTER", index: 2 });
    const q3 = await createPeriod(db, { year: 2020, type: "QUARTER", index: 3 });
    periods = [world.period.id, q2.id];
    const org = world.organizations;
    draftMeetings = [];
    for (const [unit, period, lead] of [
      [world.units.province, q2, org.province.MTTQ.id],
      [world.units.district, q3, org.district.MTTQ.id],
    ] as const) {
      const meeting = await createMeeting(db, {
        unitId: unit.id,
        period,
        status: "DRAFT",
        title: `Giao ban ${unit.name}`,
        startsAt: fromVietnamTime("2020-06-20", "08:00"),
        createdById: world.ids.secretariat,
        directives: [{ content: "Nhiệm vụ ban đầu.", lead: [lead] }],
      });
      draftMeetings.push(meeting.id);
    }
    // A published meeting whose directives the organizations work on.
    await createMeeting(db, {
      unitId: world.units.province.id,
      period: q2,
      status: "PUBLISHED",
      title: "Giao ban quý II/2020",
      startsAt: fromVietnamTime("2020-06-24", "08:00"),
      createdById: world.ids.secretariat,
      approvedById: world.ids.leader,
      directives: DAYS.map((day, index) => ({
        content: `Chỉ đạo số ${index + 1}.`,
        lead: [org.province.MTTQ.id],
        dueDate: day ? new Date(`${day}T00:00:00Z`) : null,
      })),
    });
  });

  async function run(s: Step) {
    const a = world.actors;
    const org = world.organizations;
    const directiveIds = async () =>
      (await db.directive.findMany({ orderBy: { id: "asc" }, select: { id: true } })).map((row) => row.id);
    switch (s.kind) {
      case "saveDirectives": {
        const meeting = await db.meeting.findUniqueOrThrow({
          where: { id: draftMeetings[s.meeting] },
          select: { id: true, version: true, unitId: true, directives: { select: { id: true }, orderBy: { sortOrder: "asc" } } },
        });
        const orgs = s.meeting === 0 ? org.province : org.district;
        const leads = [orgs.MTTQ.id, orgs.VETERANS.id];
        const actor = s.meeting === 0 ? a.secretariat : a.districtSecretariat;
        // Keep some existing directives (new due day, organizations), drop the rest, add new ones.
        await saveDirectives({
          actor,
          input: {
            meetingId: meeting.id,
            version: meeting.version,
            directives: s.directives.map((directive, index) => ({
              id: meeting.directives[index]?.id,
              content: `Nhiệm vụ ${index + 1}.`,
              dueDate: DAYS[directive.day],
              leadOrganizationIds: [leads[directive.lead]],
              supportOrganizationIds: directive.support ? [orgs.YOUTH_UNION.id] : [],
            })),
          },
        });
        return;
      }
      case "progress":
      case "propose":
      case "confirm":
      case "reopen":
      case "cancel": {
        const ids = await directiveIds();
        const directiveId = ids[s.directive % ids.length];
        if (s.kind === "progress")
          await postProgress({ actor: a.mttq, input: { directiveId, body: "Đang triển khai.", percent: "" } });
        if (s.kind === "propose") await proposeDone({ actor: a.mttq, input: { directiveId, resultSummary: "Đã xong." } });
        if (s.kind === "confirm") await confirmDone({ actor: a.secretariat, input: { directiveId } });
        if (s.kind === "reopen") await reopenDirective({ actor: a.secretariat, input: { directiveId, reason: "Chưa đạt." } });
        if (s.kind === "cancel")
          await cancelDirective({ actor: a.secretariat, input: { directiveId, reason: "Không còn phù hợp." } });
        return;
      }
      default: {
        const author = [a.mttq, a.ccb, a.districtMttq][s.who];
        const reviewer = s.who === 2 ? a.districtSecretariat : a.secretariat;
        const periodId = periods[s.period];
        if (s.kind === "openReport") {
          await openReport({ actor: author, input: { periodId } });
          return;
        }
        const report = await db.unitReport.findUnique({
          where: { organizationId_periodId: { organizationId: author.organizationId!, periodId } },
          select: { id: true, version: true },
        });
        if (!report) return;
        if (s.kind === "submitReport") {
          const content = { achievements: "Đạt.", shortcomings: "Chưa có.", nextTasks: "Tiếp tục." };
          await submitReport({ actor: author, input: { reportId: report.id, version: report.version, ...content } });
        }
        if (s.kind === "acceptReport") await acceptReport({ actor: reviewer, reportId: report.id });
        if (s.kind === "returnReport")
          await returnReport({ actor: reviewer, input: { reportId: report.id, reason: "Bổ sung số liệu." } });
      }
    }
  }

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
