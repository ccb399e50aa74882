import "server-only";
import type { OrganizationKind } from "@prisma/client";
import type { Tx } from "@/server/db/client";
import { guardedUpdate } from "@/server/db/guarded-update";
import { AppError } from "@/server/errors";
import { vi } from "@/messages/vi";
import { message } from "@/messages/message-ref";

export interface ReportContent {
  achievements: string;
  shortcomings: string;
  nextTasks: string;
  indicators: Record<string, number | null>;
  recommendations: { content: string; addressedTo: string }[];
}

type EditableReport = {
  id: string;
  status: string;
  version: number;
  organizationId: string;
  periodId: string;
  organization: { kind: OrganizationKind };
};

/** Only a draft or a returned report can be changed by its organization. */
export function assertEditable(report: { status: string }) {
  if (report.status !== "DRAFT" && report.status !== "RETURNED")
    throw new AppError("INVALID_STATE", message("reports.notEditable"));
}

/**
 * Writes sections, figures and the unanswered recommendations of a report, checking
 * the version the form was loaded with (a second writer gets CONFLICT, nothing lost).
 */
export async function writeReportContent(tx: Tx, report: EditableReport, version: number, content: ReportContent) {
  assertEditable(report);
  const definitions = await tx.indicatorDefinition.findMany({
    where: { organizationKind: report.organization.kind, isActive: true },
    select: { id: true },
  });
  const known = new Set(definitions.map((definition) => definition.id));
  const fieldErrors: Record<string, string> = {};
  for (const id of Object.keys(content.indicators))
    if (!known.has(id)) fieldErrors[`indicators.${id}`] = vi.validation.invalidChoice;
  if (Object.keys(fieldErrors).length) throw new AppError("INVALID_INPUT", undefined, fieldErrors);

  await guardedUpdate(
    tx,
    "unitReport",
    { id: report.id, version },
    { achievements: content.achievements, shortcomings: content.shortcomings, nextTasks: content.nextTasks },
  );

  for (const [indicatorId, value] of Object.entries(content.indicators)) {
    if (value === null) {
      await tx.indicatorValue.deleteMany({ where: { reportId: report.id, indicatorId } });
    } else {
      await tx.indicatorValue.upsert({
        where: { reportId_indicatorId: { reportId: report.id, indicatorId } },
        create: { reportId: report.id, indicatorId, value },
        update: { value },
      });
    }
  }
  // Answered recommendations belong to the conversation with the leaders and stay;
  // the organization rewrites only those still waiting.
  await tx.recommendation.deleteMany({ where: { reportId: report.id, status: "OPEN", answer: null } });
  if (content.recommendations.length) {
    await tx.recommendation.createMany({
      data: content.recommendations.map((item) => ({
        reportId: report.id,
        organizationId: report.organizationId,
        periodId: report.periodId,
        content: item.content,
        addressedTo: item.addressedTo,
      })),
    });
  }
  return version + 1;
}
