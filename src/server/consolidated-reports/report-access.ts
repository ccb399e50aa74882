import "server-only";
import type { ConsolidatedReportStatus } from "@prisma/client";
import type { Actor } from "@/server/auth/actor";
import { assertCan, can, type Action, type RecordScope } from "@/server/auth/policy";
import type { Tx } from "@/server/db/client";
import { AppError } from "@/server/errors";
import type { MessageRef } from "@/messages/message-ref";

export const CONSOLIDATED_REPORT_SELECT = {
  id: true,
  unitId: true,
  periodId: true,
  status: true,
  number: true,
  code: true,
  situation: true,
  results: true,
  shortcomings: true,
  nextTasks: true,
  proposals: true,
  signing: true,
  signerName: true,
  recipients: true,
  submittedAt: true,
  approvedAt: true,
  issuedAt: true,
  pdfStorageKey: true,
  pdfSha256: true,
  docxStorageKey: true,
  docxSha256: true,
  version: true,
  unit: { select: { path: true, name: true } },
  period: { select: { id: true, year: true, type: true, index: true } },
} as const;

export const reportScope = (report: { unit: { path: string } }): RecordScope => ({ unitPath: report.unit.path });

/** Loads a consolidated report the actor may act on, hiding one they may not even read. */
export async function loadConsolidatedReport(tx: Tx, actor: Actor, reportId: string, action: Action) {
  const report = await tx.consolidatedReport.findUnique({ where: { id: reportId }, select: CONSOLIDATED_REPORT_SELECT });
  if (!report || !can(actor, "read:consolidated-report", reportScope(report))) throw new AppError("NOT_FOUND");
  assertCan(actor, action, reportScope(report));
  return report;
}

export type LoadedConsolidatedReport = Awaited<ReturnType<typeof loadConsolidatedReport>>;

export function assertReportStatus(status: ConsolidatedReportStatus, allowed: ConsolidatedReportStatus, refusal: MessageRef) {
  if (status !== allowed) throw new AppError("INVALID_STATE", refusal);
}
