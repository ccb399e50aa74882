import type { PrismaClient } from "@prisma/client";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromVietnamTime } from "@/lib/dates";
import type { Actor } from "@/server/auth/actor";
import { forgetCachedAnswers } from "@/server/cache/snapshot-cache";
import { getDashboard } from "@/server/dashboard/get-dashboard";
import { getDb } from "@/server/db/client";
import { postProgress } from "@/server/directives/post-progress";
import { listDirectiveFilters, listDirectives } from "@/server/directives/list-directives";
import { AppError } from "@/server/errors";
import { getHomeSummary } from "@/server/home/get-home-summary";
import { getMeetingPage } from "@/server/meetings/get-meeting-page";
import { listMeetings } from "@/server/meetings/list-meetings";
import { renameOrganization } from "@/server/organizations/rename-organization";
import { listRecommendations } from "@/server/recommendations/list-recommendations";
import { listReportFilters, listReports } from "@/server/reports/list-reports";
import { getPeriodDigest } from "@/server/reports/period-digest";
import { getSubmissionMatrix } from "@/server/reports/submission-matrix";
import { prepareSteps, step, type Step } from "../setup/use-case-steps";
import { useSmallWorld } from "../setup/use-test-database";
import type { SmallWorld } from "../setup/small-world";

const NOW = fromVietnamTime("2020-07-01", "09:00");

/** Every answer kept by change counts (docs/decisions/0047) that an actor's pages read. */
async function pagesOf(db: PrismaClient, actor: Actor, world: SmallWorld, periodIds: string[]) {
  const meetings = await db.meeting.findMany({ orderBy: { id: "asc" }, select: { id: true } });
  const settle = <T>(answer: Promise<T>) =>
    answer.catch((error: unknown) => (error instanceof AppError ? error.code : Promise.reject(error)));
  return {
    dashboard: await settle(getDashboard({ actor, now: NOW })),
    home: await settle(getHomeSummary(actor, NOW)),
    meetingList: await settle(listMeetings({ actor, input: {} })),
    meetingPages: await Promise.all(meetings.map(({ id }) => settle(getMeetingPage({ actor, meetingId: id })))),
    board: await settle(listDirectives({ actor, input: {}, now: NOW })),
    boardFilters: await settle(listDirectiveFilters(actor, {})),
    reports: await settle(listReports({ actor, page: 1 })),
    reportFilters: await settle(listReportFilters(actor)),
    recommendations: await settle(listRecommendations({ actor, page: 1 })),
    matrices: await Promise.all(
      [undefined, world.units.district.id].map((unitId) => settle(getSubmissionMatrix({ actor, unitId, year: 2020 }))),
    ),
    digests: await Promise.all(
      [undefined, world.units.district.id].flatMap((unitId) =>
        periodIds.map((periodId) => settle(getPeriodDigest({ actor, periodId, unitId }))),
      ),
    ),
  };
}

describe("answers kept by change counts", () => {
  let db: PrismaClient;
  let world: SmallWorld;
  let run: (s: Step) => Promise<void>;
  let periods: string[];

  useSmallWorld(async (setup) => {
    ({ db, world } = setup);
    ({ run, periods } = await prepareSteps(db, world));
  });

  it("count every table but the derived ones: a table added without a trigger fails here", async () => {
    const untracked = await db.$queryRaw<{ table: string }[]>`
      SELECT c.relname::text AS table FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = current_schema() AND c.relkind = 'r' AND c.relname NOT LIKE '\\_%' AND c.relname NOT LIKE '%Tally'
        AND NOT EXISTS (SELECT 1 FROM pg_trigger t WHERE t.tgrelid = c.oid AND t.tgname LIKE '%\\_changes%')
      ORDER BY 1`;
    expect(untracked).toEqual([]);
  });

  it("count a row's write for the unit whose subtree the policy places it in", async () => {
    // Rows in most owned tables: some writes first.
    for (const s of [
      { kind: "progress", directive: 0 },
      { kind: "openReport", who: 2, period: 0 },
      { kind: "submitReport", who: 2, period: 0 },
      { kind: "returnReport", who: 2, period: 0 },
    ] as const)
      await run(s);
    // The owner of each table's rows, written apart from the migration's triggers: table →
    // [a column to rewrite with its own value, the joins from the row (t) to its owner's unit id].
    const meetingOf = `JOIN "Meeting" m ON m.id = t."meetingId"`;
    const directiveOf = `JOIN "Directive" d ON d.id = t."directiveId" JOIN "Meeting" m ON m.id = d."meetingId"`;
    const owners: Record<string, [string, string, string]> = {
      Meeting: ["unitId", "", `t."unitId"`],
      Directive: ["meetingId", meetingOf, `m."unitId"`],
      MeetingInvitation: ["meetingId", meetingOf, `m."unitId"`],
      DirectiveOrganization: ["directiveId", directiveOf, `m."unitId"`],
      DirectiveUpdate: ["directiveId", directiveOf, `m."unitId"`],
      UnitReport: ["unitId", "", `t."unitId"`],
      UnitReportRevision: ["reportId", `JOIN "UnitReport" p ON p.id = t."reportId"`, `p."unitId"`],
      Notification: ["userId", `JOIN "User" u ON u.id = t."userId"`, `u."unitId"`],
      AuditLog: ["actorId", `JOIN "User" u ON u.id = t."actorId"`, `u."unitId"`],
    };
    const counts = async () =>
      new Map(
        (await db.$queryRaw<{ path: string; changes: bigint }[]>`SELECT path, changes FROM "ChangeTally"`).map((row) => [
          row.path,
          row.changes,
        ]),
      );
    const checked: string[] = [];
    for (const [table, [column, joins, owner]] of Object.entries(owners)) {
      // The district's rows when the table has some: a miss there could not hide behind the province's own writes.
      const [row] = await db.$queryRawUnsafe<{ id: string; path: string }[]>(
        `SELECT t.ctid::text AS id, o.path FROM "${table}" t ${joins} JOIN "Unit" o ON o.id = ${owner}
         ORDER BY length(o.path) DESC, t.ctid LIMIT 1`,
      );
      if (!row) continue;
      const before = await counts();
      await db.$executeRawUnsafe(`UPDATE "${table}" SET "${column}" = "${column}" WHERE ctid = $1::tid`, row.id);
      const after = await counts();
      const moved = [...after].filter(([path, changes]) => before.get(path) !== changes).map(([path]) => path);
      expect({ table, moved }).toEqual({ table, moved: [row.path] });
      checked.push(table);
    }
    expect(checked).toEqual(Object.keys(owners));
  });

  it("reuse an answer across writes in another subtree, and recompute it after a write inside", async () => {
    const { leader, districtSecretariat, mttq } = world.actors;
    const districtBoard = await listDirectives({ actor: districtSecretariat, input: {}, now: NOW });
    const provinceBoard = await listDirectives({ actor: leader, input: {}, now: NOW });
    const [directive] = provinceBoard.rows;
    // A progress note on a province directive: outside the district's subtree, inside the province's.
    await postProgress({ actor: mttq, input: { directiveId: directive!.id, body: "Đang triển khai.", percent: "" } });
    expect(await listDirectives({ actor: districtSecretariat, input: {}, now: NOW })).toBe(districtBoard);
    const after = await listDirectives({ actor: leader, input: {}, now: NOW });
    expect(after).not.toBe(provinceBoard);
    expect(after.rows.find((row) => row.id === directive!.id)).not.toEqual(provinceBoard.rows[0]);
  });

  it("never give an answer older than the data, after any sequence of writes", async () => {
    const { leader, secretariat, districtSecretariat, mttq, districtMttq, viewer, admin, siblingViewer } = world.actors;
    const readers = [leader, secretariat, districtSecretariat, mttq, districtMttq, viewer, admin, siblingViewer];
    const cacheOf = await getDb();
    type Extra = { kind: "renameOrganization"; which: number };
    const extra: fc.Arbitrary<Extra> = fc.record({ kind: fc.constant("renameOrganization" as const), which: fc.nat(2) });
    let renames = 0;
    let compared = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(step, extra), { minLength: 1, maxLength: 6 }), async (steps) => {
        for (const reader of readers) await pagesOf(db, reader, world, periods); // the answers now cached
        for (const s of steps) {
          try {
            if (s.kind === "renameOrganization") {
              const organization = [
                world.organizations.province.MTTQ,
                world.organizations.district.MTTQ,
                world.organizations.province.VETERANS,
              ][s.which]!;
              renames += 1;
              await renameOrganization({
                actor: admin,
                input: {
                  organizationId: organization.id,
                  name: `${organization.name} (${renames})`,
                  shortName: `${organization.shortName} ${renames}`,
                  effectiveOn: "2020-01-01",
                },
              });
            } else await run(s);
          } catch (error) {
            if (!(error instanceof AppError)) throw error;
          }
          const kept = [];
          for (const reader of readers) kept.push(await pagesOf(db, reader, world, periods));
          forgetCachedAnswers(cacheOf);
          for (const [index, reader] of readers.entries()) {
            expect(kept[index]).toEqual(await pagesOf(db, reader, world, periods));
            compared += 1;
          }
        }
      }),
      { numRuns: 6, seed: 47 },
    );
    expect(compared).toBeGreaterThan(40);
  }, 300_000);
});
