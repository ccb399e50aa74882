import type { PeriodType } from "@prisma/client";
import type { Tx } from "../../src/server/db/client";
import { periodRange } from "../../src/lib/periods";
import { fromVietnamTime } from "../../src/lib/dates";

export async function createPeriod(db: Tx, input: { year: number; type: PeriodType; index: number }) {
  const range = periodRange(input);
  return db.period.upsert({
    where: { year_type_index: input },
    create: {
      ...input,
      startDate: new Date(range.start),
      endDate: new Date(range.end),
    },
    update: {},
  });
}

/** The report deadline: 17:00 Vietnam time, `daysBeforeEnd` days before the period ends. */
export function deadlineFor(periodEnd: Date, daysBeforeEnd = 5): Date {
  const day = new Date(periodEnd.getTime() - daysBeforeEnd * 86400000).toISOString().slice(0, 10);
  return fromVietnamTime(day, "17:00");
}
