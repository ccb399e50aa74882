import type { PrismaClient } from "@prisma/client";
import { afterAll, describe, expect, it } from "vitest";
import { startInProcessJobs, stopInProcessJobs } from "@/server/jobs/in-process-jobs";
import { createPeriod } from "../../prisma/factories/periods";
import { useSmallWorld } from "../setup/use-test-database";
import type { SmallWorld } from "../setup/small-world";

async function waitFor(check: () => Promise<boolean>, timeoutMs = 60_000) {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe("notification job inside the server process (embedded database)", () => {
  let db: PrismaClient;
  let world: SmallWorld;

  useSmallWorld(async (setup) => {
    ({ db, world } = setup);
    const now = new Date();
    const period = await createPeriod(db, {
      year: now.getUTCFullYear(),
      type: "QUARTER",
      index: Math.floor(now.getUTCMonth() / 3) + 1,
    });
    // Due in five days: "report due in 7 days" for every organization that has not submitted.
    await db.periodDeadline.create({
      data: { periodId: period.id, unitId: world.units.province.id, deadline: new Date(now.getTime() + 5 * 86_400_000) },
    });
  });

  afterAll(async () => {
    await stopInProcessJobs();
  });

  it("belongs to cron on PostgreSQL: nothing is scheduled in the server", () => {
    process.env.DATABASE_URL = "postgresql://localhost/unused";
    try {
      expect(startInProcessJobs({ intervalMs: 60_000, firstDelayMs: 0 })).toBeNull();
    } finally {
      delete process.env.DATABASE_URL;
    }
  });

  it("runs on its own schedule in this process and creates the due reminders", async () => {
    const schedule = startInProcessJobs({ intervalMs: 3_600_000, firstDelayMs: 0 });
    expect(schedule).not.toBeNull();
    // A second start (Next's dev server re-evaluating modules) keeps the one schedule.
    expect(startInProcessJobs({ intervalMs: 1_000, firstDelayMs: 0 })).toBe(schedule);
    const reminders = () => db.notification.count({ where: { dedupeKey: { startsWith: "report-due-7:" } } });
    await waitFor(async () => (await reminders()) > 0);
    const mttq = world.actors.mttq;
    expect(await db.notification.count({ where: { userId: mttq.id, kind: "report.due" } })).toBe(1);
  });
});
