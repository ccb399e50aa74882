import type { Metadata } from "next";
import Link from "next/link";
import { BarChart } from "@/components/ui/bar-chart";
import { FilterBar } from "@/components/filters/filter-bar";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { LinkList } from "@/components/ui/link-list";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/server/auth/session";
import { getDashboard } from "@/server/dashboard/get-dashboard";
import { formatDateTime } from "@/lib/dates";
import { formatPeriod } from "@/lib/periods";
import { ZPeriodParams } from "@/lib/schema-fields";
import { parseSearchParams, type SearchParams } from "@/lib/search-params";
import { vi } from "@/messages/vi";
import { TrendChart } from "./trend-chart";

export const metadata: Metadata = { title: vi.dashboard.title };

const pct = vi.dashboard.percent;

function Figure({
  label,
  value,
  detail,
  href,
  testId,
}: {
  label: string;
  value: string;
  detail?: string;
  href: string;
  testId?: string;
}) {
  return (
    <Link href={href} data-testid={testId} className="tile">
      <span className="block text-3xl font-semibold text-slate-900">{value}</span>
      <span className="mt-1 block text-sm text-slate-600">{label}</span>
      {detail ? <span className="note">{detail}</span> : null}
    </Link>
  );
}

export default async function DashboardPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePermission("read:dashboard");
  const params = await searchParams;
  const data = await getDashboard({ actor, periodId: parseSearchParams(ZPeriodParams, params).period });
  if (!data.period) {
    return (
      <>
        <PageHeader title={vi.dashboard.title} />
        <EmptyState message={vi.dashboard.noPeriods} />
      </>
    );
  }
  const { period, reports, directives, trend } = data;
  const label = formatPeriod(period);
  const maxOverdue = Math.max(1, ...directives.overdueByOrganization.map((row) => row.count));
  return (
    <>
      <PageHeader
        title={vi.dashboard.title}
        description={`${label} · ${actor.unitName} · ${vi.dashboard.asOf(formatDateTime(data.asOf))}`}
        actions={
          <FilterBar
            className="no-print"
            submitLabel={vi.dashboard.show}
            selects={[
              {
                label: vi.dashboard.period,
                name: "period",
                value: period.id,
                options: data.periods.map((row) => ({ value: row.id, label: formatPeriod(row) })),
              },
            ]}
          />
        }
      />
      <div className="mb-6 grid grid-cols-2 gap-4 lg:grid-cols-4">
        <Figure
          label={vi.dashboard.submissionRate}
          value={pct(reports.overall.submissionRate)}
          detail={vi.dashboard.submittedOf(reports.overall.submitted, reports.overall.expected)}
          href={`/reports?period=${period.id}`}
          testId="figure-submission-rate"
        />
        <Figure
          label={vi.dashboard.onTimeRate}
          value={pct(reports.overall.onTimeRate)}
          detail={vi.dashboard.onTimeOf(reports.overall.onTime, reports.overall.expected)}
          href="/reports/matrix"
          testId="figure-on-time-rate"
        />
        <Figure
          label={vi.dashboard.directivesTotal}
          value={String(directives.total)}
          detail={label}
          href={`/directives?period=${period.id}`}
          testId="figure-directives"
        />
        <Figure
          label={vi.home.directivesOverdue}
          value={String(directives.overdueTotal)}
          href="/directives?overdue=1"
          testId="figure-overdue"
        />
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        <Card title={`${vi.dashboard.submissionRate} — ${vi.dashboard.byOrganization}`}>
          <BarChart
            caption={`${vi.dashboard.submissionRate} ${label}`}
            labelHeader={vi.dashboard.organization}
            valueHeader={vi.dashboard.submitted}
            max={1}
            rows={reports.byOrganization.map((row) => ({
              label: row.organization.shortName,
              value: row.submitted,
              display: row.submitted ? (row.onTime ? vi.dashboard.onTime : vi.reports.late) : vi.app.no,
              href: `/reports?period=${period.id}&org=${row.organization.id}`,
            }))}
          />
        </Card>
        <Card title={vi.dashboard.directivesByStatus}>
          <BarChart
            caption={`${vi.dashboard.directivesByStatus} ${label}`}
            labelHeader={vi.directives.status}
            valueHeader={vi.dashboard.count}
            max={Math.max(1, ...directives.byStatus.map((row) => row.count))}
            testId="chart-directives-by-status"
            rows={directives.byStatus.map((row) => ({
              label: vi.directiveStatus[row.status],
              value: row.count,
              display: String(row.count),
              href: `/directives?period=${period.id}&status=${row.status}`,
            }))}
          />
        </Card>
        <Card title={vi.dashboard.overdueByOrganization}>
          {directives.overdueByOrganization.length === 0 ? (
            <EmptyState />
          ) : (
            <BarChart
              caption={vi.dashboard.overdueByOrganization}
              labelHeader={vi.dashboard.organization}
              valueHeader={vi.dashboard.overdue}
              max={maxOverdue}
              rows={directives.overdueByOrganization.map((row) => ({
                label: `${row.organization.shortName} (${row.organization.unit.name})`,
                value: row.count,
                display: String(row.count),
                href: `/directives?overdue=1&org=${row.organization.id}`,
              }))}
            />
          )}
        </Card>
        <Card title={vi.dashboard.trend}>
          <TrendChart
            points={trend.map((row) => ({
              periodId: row.period.id,
              short: `${row.period.index}/${row.period.year % 100}`,
              period: formatPeriod(row.period),
              submissionRate: row.submissionRate,
              onTimeRate: row.onTimeRate,
              directives: `${row.directivesDone}/${row.directives}`,
            }))}
          />
        </Card>
        <Card title={`${vi.dashboard.openRecommendations} (${data.recommendations.open})`}>
          {data.recommendations.latest.length === 0 ? (
            <EmptyState />
          ) : (
            <LinkList
              items={data.recommendations.latest.map((row) => ({
                key: row.id,
                href: "/recommendations?status=OPEN",
                text: row.content,
                detail: row.organization.shortName,
              }))}
            />
          )}
        </Card>
        <Card title={vi.dashboard.upcomingMeetings}>
          {data.meetings.length === 0 ? (
            <EmptyState />
          ) : (
            <LinkList
              strong
              items={data.meetings.map((row) => ({
                key: row.id,
                href: `/meetings/${row.id}`,
                text: row.title,
                detail: formatDateTime(row.startsAt),
              }))}
            />
          )}
          <h3 className="mb-2 mt-4 text-sm font-semibold text-slate-800">{vi.dashboard.upcomingDeadlines}</h3>
          {data.deadlines.length === 0 ? (
            <EmptyState />
          ) : (
            <ul className="divide-y divide-slate-100 text-sm">
              {data.deadlines.map((row) => (
                <li key={row.period.id} className="flex justify-between py-2">
                  <Link href={`/reports?period=${row.period.id}`} className="hover:underline">
                    {formatPeriod(row.period)}
                  </Link>
                  <span className="text-slate-600">{formatDateTime(row.deadline)}</span>
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
    </>
  );
}
