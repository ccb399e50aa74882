import "server-only";
import type { Prisma } from "@prisma/client";
import { recordAudit } from "@/server/audit/record-audit";
import type { Actor } from "@/server/auth/actor";
import { assertCan } from "@/server/auth/policy";
import { getDb, type Tx } from "@/server/db/client";
import { deleteFormDraft } from "@/server/drafts/form-drafts";
import { parseInput } from "@/server/form-errors";
import { isLateSubmission } from "@/lib/reporting";
import { loadReportFor, reportRecordScope } from "./report-access";
import { reportDraftKey } from "./save-report";
import { ZSubmitReportSchema, type TSaveReportInput } from "./schemas";
import { writeReportContent } from "./write-report-content";

/** The frozen content of one submission, kept in UnitReportRevision. */
async function snapshotOf(tx: Tx, reportId: string) {
  const report = await tx.unitReport.findUniqueOrThrow({
    where: { id: reportId },
    select: {
      achievements: true,
      shortcomings: true,
      nextTasks: true,
      indicatorValues: {
        orderBy: { indicator: { sortOrder: "asc" } },
        select: { value: true, indicator: { select: { code: true, name: true, unitLabel: true, isMoney: true } } },
      },
      recommendations: { orderBy: { createdAt: "asc" }, select: { content: true, addressedTo: true } },
      attachments: { orderBy: { createdAt: "asc" }, select: { id: true, fileName: true, size: true, sha256: true } },
    },
  });
  return {
    achievements: report.achievements,
    shortcomings: report.shortcomings,
    nextTasks: report.nextTasks,
    indicators: report.indicatorValues.map((value) => ({ ...value.indicator, value: value.value.toString() })),
    recommendations: report.recommendations,
    attachments: report.attachments,
  };
}
export type ReportSnapshot = Awaited<ReturnType<typeof snapshotOf>>;

/**
 * Saves and submits in one step. Sections are required. Lateness is decided by the
 * first submission against the deadline of the report's unit (docs/decisions/0005);
 * every submission is frozen as a revision.
 */
export async function submitReport({ actor, input, now = new Date() }: { actor: Actor; input: TSaveReportInput; now?: Date }) {
  const { reportId, version, ...content } = parseInput(ZSubmitReportSchema, input);
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const report = await loadReportFor(tx, actor, reportId, "edit:report");
    assertCan(actor, "submit:report", reportRecordScope(report));
    const nextVersion = await writeReportContent(tx, report, version, content);
    const firstSubmission = report.submittedAt === null;
    let isLate = report.isLate;
    if (firstSubmission) {
      const deadline = await tx.periodDeadline.findUnique({
        where: { periodId_unitId: { periodId: report.periodId, unitId: report.unitId } },
        select: { deadline: true },
      });
      isLate = isLateSubmission(now, deadline?.deadline);
    }
    await tx.unitReport.update({
      where: { id: reportId },
      data: {
        status: "SUBMITTED",
        submittedAt: now,
        isLate,
        authorId: actor.id,
        reviewedAt: null,
        reviewedById: null,
      },
    });
    const revisions = await tx.unitReportRevision.count({ where: { reportId } });
    const snapshot = await snapshotOf(tx, reportId);
    await tx.unitReportRevision.create({
      data: {
        reportId,
        revision: revisions + 1,
        snapshot: { ...snapshot, isLate } as unknown as Prisma.InputJsonValue,
        submittedAt: now,
        submittedById: actor.id,
      },
    });
    await deleteFormDraft(tx, actor.id, reportDraftKey(reportId));
    await recordAudit(tx, actor.id, "report.submit", ["UnitReport", reportId], {
      before: { status: report.status },
      after: { status: "SUBMITTED", revision: revisions + 1, isLate },
    });
    return { version: nextVersion, revision: revisions + 1, isLate };
  });
}
