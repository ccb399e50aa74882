import "server-only";
import type { Actor } from "@/server/auth/actor";
import { formatNumber } from "@/lib/numbers";
import { reportFormValues } from "./form-fields";
import { getReport, getReportRevision } from "./get-report";

/**
 * Everything the report page shows and every decision it makes (docs/decisions/0021), so the
 * page and its sections only lay out: the form's stored values are written by the same codec
 * the save action reads them with, and the flags come from the report's permissions here.
 * `revision` shows one frozen submission beside the report (an unknown one is ignored);
 * `submitted`/`reviewed` are the query's word for what the user just did.
 */
export async function getReportPage({
  actor,
  reportId,
  revision,
  submitted,
  reviewed,
}: {
  actor: Actor;
  reportId: string;
  revision?: number;
  submitted?: string;
  reviewed?: "accepted" | "returned";
}) {
  const { report, definitions, deadline, draft, permissions } = await getReport({ actor, reportId });
  const shownRevision = revision ? await getReportRevision({ actor, reportId, revision }).catch(() => null) : null;
  const open = report.recommendations.filter((item) => item.status === "OPEN" && !item.answer);
  const answered = report.recommendations.filter((item) => item.status !== "OPEN" || item.answer);
  return {
    report,
    definitions,
    deadline,
    draft,
    revision: shownRevision,
    /** The stored report as the form's values (only built for someone who may edit it). */
    formValues: permissions.edit ? reportFormValues({ ...report, recommendations: open }, formatNumber) : null,
    /** The figures entered, in the indicators' order, for the read-only view. */
    figures: definitions
      .filter((definition) => report.indicatorValues[definition.id] !== undefined)
      .map((definition) => ({ ...definition, value: report.indicatorValues[definition.id] })),
    /** The editor edits the open recommendations in the form; the list shows the others. */
    recommendations: permissions.edit ? answered : report.recommendations,
    flags: {
      edit: permissions.edit,
      submit: permissions.submit,
      review: permissions.review,
      /** The reporting organization's own staff see why they cannot edit a sent report. */
      readOnlyNote: !permissions.edit && report.status !== "DRAFT" && actor.organizationId === report.organizationId,
      /** What the user just did, confirmed only when the report is in the state it leads to. */
      outcome:
        submitted && report.status === "SUBMITTED"
          ? ("submitted" as const)
          : reviewed === "accepted" && report.status === "ACCEPTED"
            ? ("accepted" as const)
            : reviewed === "returned" && report.status === "RETURNED"
              ? ("returned" as const)
              : null,
      showReturnReason: report.status === "RETURNED" && Boolean(report.returnReason),
    },
  };
}

export type ReportPageView = Awaited<ReturnType<typeof getReportPage>>;
