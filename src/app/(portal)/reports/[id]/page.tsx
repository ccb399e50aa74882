import type { Metadata } from "next";
import Link from "next/link";
import { Alert, Banner } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { StatusBadge } from "@/components/ui/status-badge";
import { requirePermission } from "@/server/auth/session";
import { orNotFound } from "@/server/http/or-not-found";
import { getReport, getReportRevision } from "@/server/reports/get-report";
import { formatDateTime } from "@/lib/dates";
import { formatMoney, formatNumber } from "@/lib/numbers";
import { formatPeriod } from "@/lib/periods";
import { parseSearchParams, type SearchParams } from "@/lib/search-params";
import { ZReportPageParams } from "@/server/reports/schemas";
import { vi } from "@/messages/vi";
import {
  acceptReportAction,
  autosaveReportAction,
  discardReportDraftAction,
  removeAttachmentAction,
  returnReportAction,
  saveReportAction,
  uploadAttachmentAction,
} from "../actions";
import { AttachmentUpload } from "./attachment-upload";
import { ReportForm } from "./report-form";
import { ReviewPanel } from "./review-panel";
import { recordKeys } from "@/server/http/route-params";

export const metadata: Metadata = { title: vi.reports.title };

function figure(value: string, isMoney: boolean, unitLabel: string) {
  return isMoney ? formatMoney(value) : `${formatNumber(value)} ${unitLabel}`;
}

function Sections({ values }: { values: { achievements: string; shortcomings: string; nextTasks: string } }) {
  return (
    <div className="space-y-4">
      {(["achievements", "shortcomings", "nextTasks"] as const).map((section) => (
        <section key={section}>
          <h3 className="text-sm font-semibold text-slate-800">{vi.reports.sections[section]}</h3>
          <p className="mt-1 text-sm whitespace-pre-line text-slate-700">{values[section] || "—"}</p>
        </section>
      ))}
    </div>
  );
}

function Figures({ rows }: { rows: { name: string; value: string; isMoney: boolean; unitLabel: string }[] }) {
  if (rows.length === 0) return <p className="text-sm text-slate-500">{vi.app.noData}</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => (
            <tr key={row.name}>
              <th scope="row" className="py-1 pr-3 font-normal text-slate-700">
                {row.name}
              </th>
              <td className="py-1 text-right font-medium tabular-nums">{figure(row.value, row.isMoney, row.unitLabel)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export default async function ReportPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: SearchParams;
}) {
  const actor = await requirePermission("read:report");
  const { id } = await recordKeys(params);
  const query = parseSearchParams(ZReportPageParams, await searchParams);
  const data = await orNotFound(getReport({ actor, reportId: id }));
  const { report, definitions, deadline, draft, permissions } = data;
  const revision = query.revision
    ? await getReportRevision({ actor, reportId: id, revision: query.revision }).catch(() => null)
    : null;
  const period = formatPeriod(report.period);
  const answered = report.recommendations.filter((item) => item.status !== "OPEN" || item.answer);
  const stored: Record<string, string> = {
    achievements: report.achievements,
    shortcomings: report.shortcomings,
    nextTasks: report.nextTasks,
  };
  for (const [indicatorId, value] of Object.entries(report.indicatorValues))
    stored[`indicator.${indicatorId}`] = formatNumber(value);
  report.recommendations
    .filter((item) => item.status === "OPEN" && !item.answer)
    .forEach((item, index) => {
      stored[`rec.${index}.content`] = item.content;
      stored[`rec.${index}.addressedTo`] = item.addressedTo;
    });
  const currentFigures = definitions
    .filter((definition) => report.indicatorValues[definition.id] !== undefined)
    .map((definition) => ({ ...definition, value: report.indicatorValues[definition.id] }));

  return (
    <>
      <PageHeader
        title={`${report.organization.name} · ${period}`}
        description={`${report.unit.name} · ${vi.reports.deadline}: ${deadline ? formatDateTime(deadline) : vi.reports.noDeadline}`}
        actions={
          <span className="flex items-center gap-2">
            <StatusBadge status={report.status} label={vi.reportStatus[report.status]} />
            {report.submittedAt ? (
              <StatusBadge
                status={report.isLate ? "LATE" : "ON_TIME"}
                label={report.isLate ? vi.reports.late : vi.reports.onTime}
              />
            ) : null}
          </span>
        }
      />
      {query.submitted && report.status === "SUBMITTED" ? (
        <Alert tone="success" className="mb-4">
          {vi.reports.submitted}
        </Alert>
      ) : null}
      {query.reviewed === "accepted" && report.status === "ACCEPTED" ? (
        <Alert tone="success" className="mb-4">
          {vi.reports.accepted}
        </Alert>
      ) : null}
      {query.reviewed === "returned" && report.status === "RETURNED" ? (
        <Alert tone="success" className="mb-4">
          {vi.reports.returned}
        </Alert>
      ) : null}
      {report.status === "RETURNED" && report.returnReason ? (
        <Banner tone="error" data-testid="return-reason">
          <p className="font-medium">{vi.reports.returnedBecause}</p>
          <p className="whitespace-pre-line">{report.returnReason}</p>
        </Banner>
      ) : null}

      {revision ? (
        <Card title={vi.reports.revisionOf(revision.revision, formatDateTime(revision.submittedAt))} className="mb-6">
          <Link href={`/reports/${report.id}`} className="mb-4 inline-block text-sm text-brand-700 underline">
            {vi.reports.backToCurrent}
          </Link>
          <Sections values={revision.snapshot} />
          <h3 className="mt-4 text-sm font-semibold text-slate-800">{vi.reports.indicators}</h3>
          <Figures rows={revision.snapshot.indicators} />
          <h3 className="mt-4 text-sm font-semibold text-slate-800">{vi.reports.recommendations}</h3>
          <ul className="list-disc pl-5 text-sm">
            {revision.snapshot.recommendations.map((item, index) => (
              <li key={index}>
                {item.content} {item.addressedTo ? `(${item.addressedTo})` : ""}
              </li>
            ))}
          </ul>
          <h3 className="mt-4 text-sm font-semibold text-slate-800">{vi.reports.attachments}</h3>
          <ul className="list-disc pl-5 text-sm">
            {revision.snapshot.attachments.map((item) => (
              <li key={item.id}>{item.fileName}</li>
            ))}
          </ul>
        </Card>
      ) : null}

      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          {permissions.edit ? (
            <Card title={vi.reports.compose}>
              <ReportForm
                action={saveReportAction}
                autosave={autosaveReportAction}
                discardDraft={discardReportDraftAction}
                reportId={report.id}
                version={report.version}
                canSubmit={permissions.submit}
                definitions={definitions}
                stored={stored}
                draft={draft ? { data: draft.data, savedAt: formatDateTime(draft.updatedAt) } : null}
              />
            </Card>
          ) : (
            <Card title={vi.reports.title}>
              {report.status !== "DRAFT" && actor.organizationId === report.organizationId ? (
                <p className="mb-3 text-sm text-slate-500">{vi.reports.readOnly}</p>
              ) : null}
              <Sections values={report} />
              <h3 className="mt-4 text-sm font-semibold text-slate-800">{vi.reports.indicators}</h3>
              <Figures rows={currentFigures} />
            </Card>
          )}
          {permissions.review ? (
            <Card title={vi.reports.review}>
              <ReviewPanel accept={acceptReportAction} giveBack={returnReportAction} reportId={report.id} />
            </Card>
          ) : null}
          <Card title={vi.reports.recommendations}>
            {report.recommendations.length === 0 ? (
              <EmptyState />
            ) : (
              <ul className="divide-y divide-slate-100 text-sm" data-testid="report-recommendations">
                {(permissions.edit ? answered : report.recommendations).map((item) => (
                  <li key={item.id} className="py-2">
                    <p className="font-medium text-slate-900">{item.content}</p>
                    {item.addressedTo ? (
                      <p className="text-slate-600">{`${vi.recommendations.addressedTo}: ${item.addressedTo}`}</p>
                    ) : null}
                    <p className="mt-1 flex items-center gap-2">
                      <StatusBadge status={item.status} label={vi.recommendationStatus[item.status]} />
                    </p>
                    {item.answer ? (
                      <div className="mt-1 rounded-md bg-slate-50 p-2">
                        <p className="text-xs text-slate-500">
                          {vi.recommendations.answeredBy(item.answeredBy?.fullName ?? "", formatDateTime(item.answeredAt))}
                        </p>
                        <p className="whitespace-pre-line">{item.answer}</p>
                      </div>
                    ) : (
                      <p className="mt-1 text-xs text-slate-500">{vi.reports.noAnswer}</p>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </Card>
        </div>
        <div className="space-y-6">
          <Card title={vi.reports.attachments}>
            {report.attachments.length === 0 ? (
              <p className="text-sm text-slate-500">{vi.reports.noAttachments}</p>
            ) : (
              <ul className="mb-4 divide-y divide-slate-100 text-sm">
                {report.attachments.map((attachment) => (
                  <li key={attachment.id} className="flex items-center justify-between gap-2 py-2">
                    <a
                      className="text-brand-700 underline"
                      href={`/reports/${report.id}/attachments/${attachment.id}`}
                      download={attachment.fileName}
                    >
                      {attachment.fileName}
                    </a>
                    <span className="text-xs text-slate-500">{formatNumber(Math.ceil(attachment.size / 1024))} KB</span>
                    {permissions.edit ? (
                      <form action={removeAttachmentAction}>
                        <input type="hidden" name="reportId" value={report.id} />
                        <input type="hidden" name="attachmentId" value={attachment.id} />
                        <Button
                          type="submit"
                          variant="ghost"
                          aria-label={`${vi.reports.removeAttachment}: ${attachment.fileName}`}
                        >
                          {vi.reports.removeAttachment}
                        </Button>
                      </form>
                    ) : null}
                  </li>
                ))}
              </ul>
            )}
            {permissions.edit ? <AttachmentUpload action={uploadAttachmentAction} reportId={report.id} /> : null}
          </Card>
          <Card title={vi.reports.history}>
            {report.revisions.length === 0 ? (
              <p className="text-sm text-slate-500">{vi.reports.noRevisions}</p>
            ) : (
              <ul className="divide-y divide-slate-100 text-sm">
                {report.revisions.map((item) => (
                  <li key={item.revision} className="flex justify-between py-2">
                    <Link className="text-brand-700 underline" href={`/reports/${report.id}?revision=${item.revision}`}>
                      {vi.reports.revision(item.revision)}
                    </Link>
                    <span className="text-slate-500">{formatDateTime(item.submittedAt)}</span>
                  </li>
                ))}
              </ul>
            )}
            {report.reviewedAt && report.reviewedBy ? (
              <p className="mt-2 text-xs text-slate-500">
                {vi.reports.reviewedBy(report.reviewedBy.fullName, formatDateTime(report.reviewedAt))}
              </p>
            ) : null}
          </Card>
        </div>
      </div>
    </>
  );
}
