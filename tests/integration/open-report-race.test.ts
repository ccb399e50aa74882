import type { PrismaClient } from "@prisma/client";
import { describe, expect, it } from "vitest";
import { openReport } from "@/server/reports/open-report";
import { createPeriod } from "../../prisma/factories/periods";
import { useSmallWorld } from "../setup/use-test-database";
import type { SmallWorld } from "../setup/small-world";

describe("openReport racing itself", () => {
  let db: PrismaClient;
  let world: SmallWorld;

  useSmallWorld((setup) => ({ db, world } = setup));

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
