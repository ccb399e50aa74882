import "server-only";
import { recordAudit } from "@/server/audit/record-audit";
import type { Actor } from "@/server/auth/actor";
import { assertCan } from "@/server/auth/policy";
import { getDb } from "@/server/db/client";
import { guardedUpdate } from "@/server/db/guarded-update";
import { message } from "@/messages/message-ref";
import { notifyReportStep } from "./notify-report-step";
import { assertReportStatus, loadConsolidatedReport } from "./report-access";

/**
 * A leader decides on a submitted report: approves it (the secretariat hears it can be issued)
 * or returns it to the draft for changes.
 */
export async function decideConsolidatedReport({
  actor,
  reportId,
  decision,
}: {
  actor: Actor;
  reportId: string;
  decision: "approve" | "return";
}) {
  assertCan(actor, "approve:consolidated-report");
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const report = await loadConsolidatedReport(tx, actor, reportId, "approve:consolidated-report");
    assertReportStatus(report.status, "SUBMITTED", message("consolidatedReport.rules.onlySubmittedApprovable"));
    const after =
      decision === "approve"
        ? { status: "APPROVED" as const, approvedById: actor.id, approvedAt: new Date() }
        : { status: "DRAFT" as const, submittedAt: null };
    await guardedUpdate(tx, "consolidatedReport", { id: reportId, status: "SUBMITTED", version: report.version }, after);
    await recordAudit(
      tx,
      actor.id,
      decision === "approve" ? "consolidated-report.approve" : "consolidated-report.return",
      ["ConsolidatedReport", reportId],
      { before: { status: "SUBMITTED" }, after: { status: after.status } },
    );
    if (decision === "approve") await notifyReportStep(tx, "consolidated.approved", report);
  });
}
