import "server-only";
import type { Actor } from "@/server/auth/actor";
import { assertCan, can } from "@/server/auth/policy";
import { getDb } from "@/server/db/client";
import { AppError } from "@/server/errors";
import { getFormDraft } from "@/server/drafts/form-drafts";
import { RECOMMENDATION_SELECT } from "@/server/recommendations/recommendation-select";
import { loadReportFor, reportRecordScope } from "./report-access";
import { reportDraftKey } from "./save-report";
import type { ReportSnapshot } from "./submit-report";

/** One report with everything its page shows, and what the actor may do with it. */
export async function getReport({ actor, reportId }: { actor: Actor; reportId: string }) {
  const db = await getDb();
  // One load, then the policy on what it holds (a separate access load first cost four more
  // round trips on every view: issue 18). Nothing is returned before the check.
  const loaded = await db.unitReport.findUnique({
    where: { id: reportId },
    select: {
      id: true,
      status: true,
      version: true,
      achievements: true,
      shortcomings: true,
      nextTasks: true,
      submittedAt: true,
      isLate: true,
      reviewedAt: true,
      returnReason: true,
      updatedAt: true,
      organizationId: true,
      reviewedBy: { select: { fullName: true } },
      author: { select: { fullName: true } },
      unit: { select: { id: true, name: true, path: true } },
      organization: { select: { id: true, name: true, kind: true } },
      period: { select: { id: true, year: true, type: true, index: true } },
      indicatorValues: { select: { indicatorId: true, value: true } },
      recommendations: {
        orderBy: { createdAt: "asc" },
        select: RECOMMENDATION_SELECT,
      },
      attachments: {
        orderBy: { createdAt: "asc" },
        select: { id: true, fileName: true, size: true, mimeType: true, createdAt: true },
      },
      revisions: { orderBy: { revision: "desc" }, select: { revision: true, submittedAt: true } },
    },
  });
  if (!loaded) throw new AppError("NOT_FOUND");
  assertCan(actor, "read:report", reportRecordScope(loaded));
  const report = loaded;
  const [definitions, deadline] = await Promise.all([
    db.indicatorDefinition.findMany({
      where: { organizationKind: report.organization.kind, isActive: true },
      orderBy: { sortOrder: "asc" },
      select: { id: true, name: true, unitLabel: true, isMoney: true },
    }),
    db.periodDeadline.findUnique({
      where: { periodId_unitId: { periodId: report.period.id, unitId: report.unit.id } },
      select: { deadline: true },
    }),
  ]);
  const scope = reportRecordScope(report);
  const editable = (report.status === "DRAFT" || report.status === "RETURNED") && can(actor, "edit:report", scope);
  const saved = editable ? await getFormDraft({ actor, key: reportDraftKey(report.id) }) : null;
  // The report form saves its fields as text; anything else in a draft is ignored.
  const draft = saved
    ? {
        ...saved,
        data: Object.fromEntries(
          Object.entries(saved.data).filter((entry): entry is [string, string] => typeof entry[1] === "string"),
        ),
      }
    : null;
  return {
    report: {
      ...report,
      indicatorValues: Object.fromEntries(report.indicatorValues.map((value) => [value.indicatorId, value.value.toString()])),
    },
    definitions,
    deadline: deadline?.deadline ?? null,
    draft: draft && draft.updatedAt > report.updatedAt ? draft : null,
    permissions: {
      edit: editable,
      submit: editable && can(actor, "submit:report", scope),
      review: report.status === "SUBMITTED" && can(actor, "review:report", scope),
    },
  };
}

/** One frozen submission of a report. */
export async function getReportRevision({ actor, reportId, revision }: { actor: Actor; reportId: string; revision: number }) {
  const db = await getDb();
  await loadReportFor(db, actor, reportId, "read:report");
  const row = await db.unitReportRevision.findUnique({
    where: { reportId_revision: { reportId, revision } },
    select: { revision: true, submittedAt: true, snapshot: true },
  });
  if (!row) throw new AppError("NOT_FOUND");
  return { revision: row.revision, submittedAt: row.submittedAt, snapshot: row.snapshot as unknown as ReportSnapshot };
}
