import "server-only";
import { recordAudit } from "@/server/audit/record-audit";
import type { Actor } from "@/server/auth/actor";
import { assertCan } from "@/server/auth/policy";
import { getDb } from "@/server/db/client";
import { guardedUpdate } from "@/server/db/guarded-update";
import { parseInput } from "@/server/form-errors";
import { message } from "@/messages/message-ref";
import { SECTIONS } from "./form-fields";
import { assertReportStatus, loadConsolidatedReport } from "./report-access";
import { ZUpdateConsolidatedReportSchema, type TUpdateConsolidatedReportInput } from "./schemas";

/** The secretariat edits the draft; a stale version is a conflict, never a silent overwrite. */
export async function updateConsolidatedReport({ actor, input }: { actor: Actor; input: TUpdateConsolidatedReportInput }) {
  assertCan(actor, "draft:consolidated-report");
  const { reportId, version, ...fields } = parseInput(ZUpdateConsolidatedReportSchema, input);
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const report = await loadConsolidatedReport(tx, actor, reportId, "draft:consolidated-report");
    assertReportStatus(report.status, "DRAFT", message("consolidatedReport.rules.onlyDraftEditable"));
    await guardedUpdate(tx, "consolidatedReport", { id: reportId, version, status: "DRAFT" }, fields);
    const before = Object.fromEntries(
      [...SECTIONS, "signing", "signerName", "recipients"].map((key) => [key, report[key as keyof typeof report]]),
    );
    await recordAudit(tx, actor.id, "consolidated-report.update", ["ConsolidatedReport", reportId], { before, after: fields });
  });
}
