import "server-only";
import { recordAudit } from "@/server/audit/record-audit";
import type { Actor } from "@/server/auth/actor";
import { assertCan } from "@/server/auth/policy";
import { getDb } from "@/server/db/client";
import { guardedUpdate } from "@/server/db/guarded-update";
import { message } from "@/messages/message-ref";
import { notifyReportStep } from "./notify-report-step";
import { assertReportStatus, loadConsolidatedReport } from "./report-access";

/** The secretariat submits the draft for approval; the leaders who may approve hear of it. */
export async function submitConsolidatedReport({ actor, reportId }: { actor: Actor; reportId: string }) {
  assertCan(actor, "draft:consolidated-report");
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const report = await loadConsolidatedReport(tx, actor, reportId, "draft:consolidated-report");
    assertReportStatus(report.status, "DRAFT", message("consolidatedReport.rules.onlyDraftSubmittable"));
    await guardedUpdate(
      tx,
      "consolidatedReport",
      { id: reportId, status: "DRAFT", version: report.version },
      { status: "SUBMITTED", submittedAt: new Date() },
    );
    await recordAudit(tx, actor.id, "consolidated-report.submit", ["ConsolidatedReport", reportId], {
      before: { status: "DRAFT" },
      after: { status: "SUBMITTED" },
    });
    await notifyReportStep(tx, "consolidated.waiting", report);
  });
}
