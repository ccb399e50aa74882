import "server-only";
import type { Actor } from "@/server/auth/actor";
import { getDb } from "@/server/db/client";
import { discardFormDraft, saveFormDraft } from "@/server/drafts/form-drafts";
import { AppError } from "@/server/errors";
import { parseInput } from "@/server/form-errors";
import { loadReportFor } from "./report-access";
import { reportDraftKey } from "./save-report";
import { ZReportDraftSchema, type TReportDraftInput } from "./schemas";

/**
 * Autosave of the report form into the user's own draft: only for a report that exists, that
 * the policy lets the actor edit, and that is still open for editing; never into the report.
 */
export async function saveReportDraft({ actor, input }: { actor: Actor; input: TReportDraftInput }) {
  const { reportId, version, data } = parseInput(ZReportDraftSchema, input);
  const db = await getDb();
  const report = await loadReportFor(db, actor, reportId, "edit:report");
  if (report.status !== "DRAFT" && report.status !== "RETURNED") throw new AppError("INVALID_STATE");
  const row = await saveFormDraft({ actor, key: reportDraftKey(reportId), data, baseVersion: version });
  return { savedAt: row.updatedAt };
}

/** Dropping one's own draft needs no permission: it touches nothing but the user's draft. */
export async function discardReportDraft({ actor, reportId }: { actor: Actor; reportId: string }) {
  await discardFormDraft({ actor, key: reportDraftKey(reportId) });
}
