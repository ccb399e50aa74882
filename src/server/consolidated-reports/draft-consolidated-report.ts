import "server-only";
import { recordAudit } from "@/server/audit/record-audit";
import type { Actor } from "@/server/auth/actor";
import { assertCan } from "@/server/auth/policy";
import { getDb } from "@/server/db/client";
import { AppError } from "@/server/errors";
import { getPeriodDigest } from "@/server/reports/period-digest";
import { getIssuerOn } from "@/server/units/issuer-on";
import { message } from "@/messages/message-ref";
import { draftFromDigest } from "./compose-report";

/**
 * Starts the Ban Dân vận's consolidated report of a period for the actor's unit, drafted from the
 * unit reports of the period already submitted. A period's report that exists is returned instead.
 */
export async function draftConsolidatedReport({ actor, periodId }: { actor: Actor; periodId: string }) {
  assertCan(actor, "draft:consolidated-report", { unitPath: actor.unitPath });
  const db = await getDb();
  const existing = await db.consolidatedReport.findUnique({
    where: { unitId_periodId: { unitId: actor.unitId, periodId } },
    select: { id: true },
  });
  if (existing) return existing;
  const digest = await getPeriodDigest({ actor, periodId, unitId: actor.unitId });
  if (digest.reports.length === 0) throw new AppError("INVALID_STATE", message("consolidatedReport.rules.noReports"));
  const issuer = await getIssuerOn(db, actor.unitId, new Date());
  const fields = draftFromDigest(digest, issuer.committeeName);
  return db.$transaction(async (tx) => {
    const again = await tx.consolidatedReport.findUnique({
      where: { unitId_periodId: { unitId: actor.unitId, periodId } },
      select: { id: true },
    });
    if (again) return again;
    const report = await tx.consolidatedReport.create({
      data: { unitId: actor.unitId, periodId, createdById: actor.id, ...fields },
      select: { id: true },
    });
    await recordAudit(tx, actor.id, "consolidated-report.draft", ["ConsolidatedReport", report.id], {
      after: { periodId, reports: digest.reports.length },
    });
    return report;
  });
}
