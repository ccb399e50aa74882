import "server-only";
import type { Actor } from "@/server/auth/actor";
import { allowedSteps } from "@/server/auth/allowed-steps";
import { getDb } from "@/server/db/client";
import { formatDate } from "@/lib/dates";
import { formatPeriod } from "@/lib/periods";
import { loadConsolidatedReport, reportScope } from "./report-access";

/** The report's page: its sections and signing, and what the actor may do next. */
export async function getConsolidatedReportPage({ actor, reportId }: { actor: Actor; reportId: string }) {
  const db = await getDb();
  const report = await loadConsolidatedReport(db, actor, reportId, "read:consolidated-report");
  const scope = reportScope(report);
  return {
    id: report.id,
    status: report.status,
    code: report.code,
    version: report.version,
    periodLabel: formatPeriod(report.period),
    unitName: report.unit.name,
    issuedLabel: report.issuedAt ? formatDate(report.issuedAt) : null,
    fields: {
      situation: report.situation,
      results: report.results,
      shortcomings: report.shortcomings,
      nextTasks: report.nextTasks,
      proposals: report.proposals,
      signing: report.signing,
      signerName: report.signerName,
      recipients: report.recipients,
    },
    may: allowedSteps(
      actor,
      { status: report.status, scope },
      {
        edit: [["DRAFT"], "draft:consolidated-report"],
        submit: [["DRAFT"], "draft:consolidated-report"],
        approve: [["SUBMITTED"], "approve:consolidated-report"],
        issue: [["APPROVED"], "issue:consolidated-report"],
      },
    ),
  };
}
