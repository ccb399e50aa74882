import "server-only";
import type { PeriodType } from "@prisma/client";
import { recordAudit } from "@/server/audit/record-audit";
import type { Actor } from "@/server/auth/actor";
import { assertCan } from "@/server/auth/policy";
import { getDb } from "@/server/db/client";
import { parseInput } from "@/server/form-errors";
import { fromVietnamTime } from "@/lib/dates";
import { periodRange } from "@/lib/periods";
import { ZGeneratePeriodsSchema, type TGeneratePeriodsInput } from "./schemas";

const COUNT: Record<PeriodType, number> = { MONTH: 12, QUARTER: 4, HALF_YEAR: 2, NINE_MONTHS: 1, YEAR: 1 };

/** The default deadline: 17:00 Vietnam time, five days before the period's last day. */
export function defaultDeadline(periodEnd: string): Date {
  const day = new Date(Date.parse(`${periodEnd}T00:00:00Z`) - 5 * 86400000).toISOString().slice(0, 10);
  return fromVietnamTime(day, "17:00");
}

/**
 * Creates a year's periods in one step (the four quarters, and the half-years,
 * nine months and year when asked), each with a default deadline for every unit in
 * the admin's scope. Existing periods and deadlines are kept as they are.
 */
export async function generatePeriods({ actor, input }: { actor: Actor; input: TGeneratePeriodsInput }) {
  assertCan(actor, "manage:period");
  const { year, types } = parseInput(ZGeneratePeriodsSchema, input);
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const units = await tx.unit.findMany({ where: { path: { startsWith: actor.unitPath } }, select: { id: true } });
    const ids: string[] = [];
    for (const type of [...new Set(types)]) {
      for (let index = 1; index <= COUNT[type]; index++) {
        const range = periodRange({ year, type, index });
        const period = await tx.period.upsert({
          where: { year_type_index: { year, type, index } },
          create: { year, type, index, startDate: new Date(range.start), endDate: new Date(range.end) },
          update: {},
          select: { id: true },
        });
        await tx.periodDeadline.createMany({
          data: units.map((unit) => ({ periodId: period.id, unitId: unit.id, deadline: defaultDeadline(range.end) })),
          skipDuplicates: true,
        });
        ids.push(period.id);
      }
    }
    await recordAudit(tx, actor.id, "period.generate", ["Period"], { after: { year, types, ids } });
    return { count: ids.length };
  });
}
