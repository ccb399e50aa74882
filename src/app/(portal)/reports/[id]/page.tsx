import type { Metadata } from "next";
import { Alert, Banner } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { StatusBadge } from "@/components/ui/status-badge";
import { requirePermission } from "@/server/auth/session";
import { orNotFound } from "@/server/http/or-not-found";
import { recordKeys } from "@/server/http/route-params";
import { getReportPage } from "@/server/reports/get-report-page";
import { ZReportPageParams } from "@/server/reports/schemas";
import { formatDateTime } from "@/lib/dates";
import { formatPeriod } from "@/lib/periods";
import { parseSearchParams, type SearchParams } from "@/lib/search-params";
import { vi } from "@/messages/vi";
import { AttachmentsSection } from "./sections/attachments-section";
import { ContentSection } from "./sections/content-section";
import { HistorySection } from "./sections/history-section";
import { RecommendationsSection } from "./sections/recommendations-section";
import { RevisionSection } from "./sections/revision-section";

export const metadata: Metadata = { title: vi.reports.title };

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
  const view = await orNotFound(getReportPage({ actor, reportId: id, ...query }));
  const { report, deadline, flags } = view;
  return (
    <>
      <PageHeader
        title={`${report.organization.name} · ${formatPeriod(report.period)}`}
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
      {flags.outcome ? (
        <Alert tone="success" className="mb-4">
          {vi.reports[flags.outcome]}
        </Alert>
      ) : null}
      {flags.showReturnReason ? (
        <Banner tone="error" data-testid="return-reason">
          <p className="font-medium">{vi.reports.returnedBecause}</p>
          <p className="whitespace-pre-line">{report.returnReason}</p>
        </Banner>
      ) : null}
      <RevisionSection view={view} />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <ContentSection view={view} />
          <RecommendationsSection view={view} />
        </div>
        <div className="space-y-6">
          <AttachmentsSection view={view} />
          <HistorySection view={view} />
        </div>
      </div>
    </>
  );
}
