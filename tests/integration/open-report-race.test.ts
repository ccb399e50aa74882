import type { PrismaClient } from "@prisma/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openReport } from "@/server/reports/open-report";
import { createPeriod } from "../../prisma/factories/periods";
import { seedSmallWorld, type SmallWorld } from "../setup/small-world";
import { createTestDb, type TestDb } from "../setup/test-db";

describe("openReport racing itself", () => {
  let testDb: TestDb;
  let db: PrismaClient;
  let world: SmallWorld;

  beforeAll(async () => {
    testDb = await createTestDb();
    db = testDb.db;
    world = await seedSmallWorld(db);
  });

  afterAll(async () => {
    await testDb?.cleanup();
  });

  it("answers every one of simultaneous opens with the one report (a double click, two tabs)", async () => {
    const period = await createPeriod(db, { year: 2021, type: "QUARTER", index: 1 });
    const opened = await Promise.all(
      Array.from({ length: 6 }, () => openReport({ actor: world.actors.mttq, input: { periodId: period.id } })),
    );
    const rows = await db.unitReport.findMany({ where: { periodId: period.id }, select: { id: true } });
    expect(rows).toHaveLength(1);
    expect(new Set(opened.map((report) => report.id))).toEqual(new Set([rows[0].id]));
  });
});
