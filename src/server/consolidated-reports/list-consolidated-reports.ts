import "server-only";
import type { Actor } from "@/server/auth/actor";
import { assertCan, can } from "@/server/auth/policy";
import { getDb } from "@/server/db/client";
import { formatPeriod } from "@/lib/periods";

/** How many periods the list shows (the latest first): a page, not the whole history. */
const PERIODS_SHOWN = 24;

/**
 * The periods of the actor's unit with their consolidated report (or none yet), the latest first,
 * and how many unit reports of each were submitted: the list the secretariat drafts from.
 */
export async function listConsolidatedReports(actor: Actor) {
  assertCan(actor, "read:consolidated-report", { unitPath: actor.unitPath });
  const db = await getDb();
  const periods = await db.period.findMany({
    where: { type: { in: ["QUARTER", "HALF_YEAR", "NINE_MONTHS", "YEAR"] }, startDate: { lte: new Date() } },
    orderBy: [{ startDate: "desc" }, { type: "asc" }],
    take: PERIODS_SHOWN,
    select: {
      id: true,
      year: true,
      type: true,
      index: true,
      consolidated: { where: { unitId: actor.unitId }, select: { id: true, status: true, code: true } },
      _count: {
        select: { unitReports: { where: { unitId: actor.unitId, status: { in: ["SUBMITTED", "ACCEPTED"] } } } },
      },
    },
  });
  const mayDraft = can(actor, "draft:consolidated-report", { unitPath: actor.unitPath });
  return periods.map((period) => ({
    periodId: period.id,
    periodLabel: formatPeriod(period),
    submittedReports: period._count.unitReports,
    report: period.consolidated[0] ?? null,
    mayDraft: mayDraft && !period.consolidated[0] && period._count.unitReports > 0,
  }));
}
