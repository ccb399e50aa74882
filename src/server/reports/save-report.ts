import "server-only";
import { recordAudit } from "@/server/audit/record-audit";
import type { Actor } from "@/server/auth/actor";
import { getDb } from "@/server/db/client";
import { parseInput } from "@/server/form-errors";
import { deleteFormDraft } from "@/server/drafts/form-drafts";
import { loadReportFor } from "./report-access";
import { ZSaveReportSchema, type TSaveReportInput } from "./schemas";
import { writeReportContent } from "./write-report-content";

export function reportDraftKey(reportId: string): string {
  return `report:${reportId}`;
}

/** Saves a draft (or a returned report being corrected); sections may be empty. */
export async function saveReport({ actor, input }: { actor: Actor; input: TSaveReportInput }) {
  const { reportId, version, ...content } = parseInput(ZSaveReportSchema, input);
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const report = await loadReportFor(tx, actor, reportId, "edit:report");
    const nextVersion = await writeReportContent(tx, report, version, content);
    await deleteFormDraft(tx, actor.id, reportDraftKey(reportId));
    await recordAudit(tx, actor.id, "report.save", ["UnitReport", reportId], {
      before: { achievements: report.achievements, shortcomings: report.shortcomings, nextTasks: report.nextTasks },
      after: content,
    });
    return { version: nextVersion };
  });
}
