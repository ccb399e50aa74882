import "server-only";
import type { Actor } from "@/server/auth/actor";
import { assertCan, type Action, type RecordScope } from "@/server/auth/policy";
import type { Tx } from "@/server/db/client";
import { AppError } from "@/server/errors";

export function reportRecordScope(report: { organizationId: string; unit: { path: string } }): RecordScope {
  return { unitPath: report.unit.path, organizationIds: [report.organizationId] };
}

/**
 * Loads a report for an action, inside the transaction: NOT_FOUND when there is
 * no such report, FORBIDDEN when the policy refuses the actor this action on it.
 */
export async function loadReportFor(tx: Tx, actor: Actor, reportId: string, action: Action) {
  const report = await tx.unitReport.findUnique({
    where: { id: reportId },
    select: {
      id: true,
      status: true,
      version: true,
      organizationId: true,
      periodId: true,
      unitId: true,
      achievements: true,
      shortcomings: true,
      nextTasks: true,
      submittedAt: true,
      isLate: true,
      authorId: true,
      returnReason: true,
      unit: { select: { path: true } },
      organization: { select: { kind: true, name: true } },
      period: { select: { year: true, type: true, index: true } },
    },
  });
  if (!report) throw new AppError("NOT_FOUND");
  assertCan(actor, action, reportRecordScope(report));
  return report;
}
