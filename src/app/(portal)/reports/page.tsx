import type { Metadata } from "next";
import Link from "next/link";
import { Button, buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { StatusBadge } from "@/components/ui/status-badge";
import { Pagination } from "@/components/ui/pagination";
import { can } from "@/server/auth/policy";
import { requirePermission } from "@/server/auth/session";
import { listOwnReportablePeriods, listReportFilters, listReports } from "@/server/reports/list-reports";
import { formatDateTime } from "@/lib/dates";
import { formatPeriod } from "@/lib/periods";
import { parseSearchParams, type SearchParams } from "@/lib/search-params";
import { ZReportListParams } from "@/server/reports/schemas";
import { PeriodOrgStatusFilter } from "@/components/filters/period-org-status-filter";
import { vi } from "@/messages/vi";
import { openReportAction } from "./actions";
import { ReportTable } from "./report-table";

export const metadata: Metadata = { title: vi.reports.title };

const STATUSES = ["DRAFT", "SUBMITTED", "ACCEPTED", "RETURNED"] as const;

export default async function ReportsPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePermission("read:report");
  const params = await searchParams;
  const { period: periodId, org: organizationId, orgq, status, page } = parseSearchParams(ZReportListParams, params);
  const canEdit = can(actor, "edit:report");
  const [result, filters, owed] = await Promise.all([
    listReports({ actor, periodId, organizationId, status, page }),
    listReportFilters(actor, { organizationQuery: orgq, organizationId }),
    canEdit ? listOwnReportablePeriods(actor) : Promise.resolve([]),
  ]);
  return (
    <>
      <PageHeader
        title={status === "SUBMITTED" && can(actor, "review:report") ? vi.reports.inbox : vi.reports.title}
        actions={
          <>
            {can(actor, "review:report") ? (
              <Link className={buttonClass("secondary")} href="/reports?status=SUBMITTED">
                {vi.reports.inbox}
              </Link>
            ) : null}
            {can(actor, "read:report-matrix") ? (
              <Link className={buttonClass("secondary")} href="/reports/matrix">
                {vi.reports.matrixLink}
              </Link>
            ) : null}
            {can(actor, "review:report") ? (
              <Link className={buttonClass("secondary")} href="/reports/digest">
                {vi.reports.digest}
              </Link>
            ) : null}
          </>
        }
      />
      {canEdit && owed.length > 0 ? (
        <Card title={vi.reports.owed} className="mb-6">
          <ul className="divide-y divide-slate-100 text-sm">
            {owed.map((item) => (
              <li key={item.period.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <span>
                  <span className="font-medium">{formatPeriod(item.period)}</span>
                  <span className="ml-2 text-slate-600">
                    {vi.reports.deadline}: {formatDateTime(item.deadline)}
                  </span>
                </span>
                <span className="flex items-center gap-2">
                  {item.report ? (
                    <>
                      <StatusBadge status={item.report.status} label={vi.reportStatus[item.report.status]} />
                      <Link className="link" href={`/reports/${item.report.id}`}>
                        {vi.reports.open}
                      </Link>
                    </>
                  ) : (
                    <form action={openReportAction}>
                      <input type="hidden" name="periodId" value={item.period.id} />
                      <Button variant="primary" aria-label={vi.reports.composeFor(formatPeriod(item.period))}>
                        {vi.reports.compose}
                      </Button>
                    </form>
                  )}
                </span>
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
      <Card>
        <PeriodOrgStatusFilter
          basePath="/reports"
          {...filters}
          statuses={STATUSES.map((value) => ({ value, label: vi.reportStatus[value] }))}
          selected={{ periodId, organizationId, status }}
          labels={{ period: vi.reports.period, organization: vi.reports.organization, status: vi.reports.status }}
        />
        <ReportTable
          caption={vi.reports.title}
          labels={{
            period: vi.reports.period,
            organization: vi.reports.organization,
            unit: vi.reports.unit,
            status: vi.reports.status,
            submittedAt: vi.reports.submittedAt,
            actions: vi.app.actions,
            late: vi.reports.late,
            open: vi.reports.open,
          }}
          rows={result.rows.map((row) => ({
            id: row.id,
            period: formatPeriod(row.period),
            organization: row.organization.name,
            unit: row.unit.name,
            status: row.status,
            late: !!row.submittedAt && row.isLate,
            submittedAt: formatDateTime(row.submittedAt),
          }))}
        />
        <Pagination of={result} basePath="/reports" params={{ period: periodId, org: organizationId, status }} />
      </Card>
    </>
  );
}
