import type { PrismaClient } from "@prisma/client";
import { describe, expect, it } from "vitest";
import { fromVietnamTime } from "@/lib/dates";
import { readThroughSnapshot } from "@/server/cache/snapshot-cache";
import { getDashboard } from "@/server/dashboard/get-dashboard";
import { confirmDone } from "@/server/directives/review-directive";
import { proposeDone } from "@/server/directives/propose-done";
import { getDb, setDb } from "@/server/db/client";
import { createMeeting } from "../../prisma/factories/meetings";
import { createPeriod } from "../../prisma/factories/periods";
import { useSmallWorld } from "../setup/use-test-database";
import type { SmallWorld } from "../setup/small-world";
import { createTestDb, testDbKind } from "../setup/test-db";

describe("snapshot-keyed read cache", () => {
  let db: PrismaClient;
  let world: SmallWorld;

  useSmallWorld((setup) => ({ db, world } = setup));

  // On a PostgreSQL server the snapshot is the whole cluster's, so other test files' writes
  // (other databases, same server) legitimately move it: reuse is only checked in a private PGlite.
  it.skipIf(testDbKind() === "postgres")("computes once while nothing is written", async () => {
    let runs = 0;
    const count = () => readThroughSnapshot("test:reuse", async () => ({ run: ++runs, periods: await db.period.count() }));
    const first = await count();
    expect(await count()).toBe(first);
    const shared = await Promise.all([count(), count(), count()]);
    expect(new Set(shared).size).toBe(1);
    expect(runs).toBe(1);
  });

  it("computes again after any write, so an answer is never stale", async () => {
    let runs = 0;
    const count = () => readThroughSnapshot("test:fresh", async () => ({ run: ++runs, periods: await db.period.count() }));
    const first = await count();
    await createPeriod(db, { year: 2030, type: "QUARTER", index: 1 });
    const after = await count();
    expect(after.run).toBeGreaterThan(first.run);
    expect(after.periods).toBe(first.periods + 1);
  });

  it("does not keep a failed computation", async () => {
    let attempts = 0;
    const flaky = () =>
      readThroughSnapshot("test:flaky", async () => {
        attempts += 1;
        if (attempts === 1) throw new Error("lỗi tạm thời");
        return "ok";
      });
    await expect(flaky()).rejects.toThrow("lỗi tạm thời");
    expect(await flaky()).toBe("ok");
  });

  it("keeps one cache per database, so a second database never sees the first one's answer", async () => {
    const key = "test:which-database";
    const answer = () =>
      readThroughSnapshot(key, async () => (await (await getDb()).unit.findFirst({ select: { id: true } }))?.id);
    expect(await answer()).toBeTruthy();
    const other = await createTestDb();
    try {
      expect(await answer()).toBeUndefined();
    } finally {
      setDb(db);
      await other.cleanup();
    }
  });

  it("shows a confirmed directive on the dashboard at once", async () => {
    const period = await createPeriod(db, { year: 2026, type: "QUARTER", index: 2 });
    const meeting = await createMeeting(db, {
      unitId: world.units.province.id,
      period,
      status: "CONCLUDED",
      title: "Hội nghị giao ban quý II/2026",
      startsAt: fromVietnamTime("2026-05-20", "08:00"),
      createdById: world.ids.secretariat,
      approvedById: world.ids.leader,
      directives: [
        {
          content: "Tổng kết phong trào thi đua yêu nước.",
          dueDate: new Date("2026-09-30"),
          lead: [world.organizations.province.MTTQ.id],
        },
      ],
    });
    const now = fromVietnamTime("2026-06-01", "09:00");
    const before = await getDashboard({ actor: world.actors.leader, periodId: period.id, now });
    const doneBefore = before.directives?.byStatus.find((row) => row.status === "DONE")?.count;
    expect(doneBefore).toBe(0);

    const [directiveId] = meeting.directiveIds;
    await proposeDone({
      actor: world.actors.mttq,
      input: { directiveId: directiveId!, resultSummary: "Đã tổng kết, khen thưởng 12 tập thể." },
    });
    await confirmDone({ actor: world.actors.secretariat, input: { directiveId: directiveId! } });

    const after = await getDashboard({ actor: world.actors.leader, periodId: period.id, now });
    expect(after.directives?.byStatus.find((row) => row.status === "DONE")?.count).toBe(1);
  });
});
