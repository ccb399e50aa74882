import type { Metadata } from "next";
import Link from "next/link";
import { BarChart } from "@/components/ui/bar-chart";
import { FilterBar } from "@/components/filters/filter-bar";
import { DataTable } from "@/components/ui/data-table";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/server/auth/session";
import { getDashboard } from "@/server/dashboard/get-dashboard";
import { formatDateTime } from "@/lib/dates";
import { formatPeriod } from "@/lib/periods";
import { ZPeriodParams } from "@/lib/schema-fields";
import { parseSearchParams, type SearchParams } from "@/lib/search-params";
import { vi } from "@/messages/vi";

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
    <Link
      href={href}
      data-testid={testId}
      className="tile"
    >
      <span className="block text-3xl font-semibold text-slate-900">{value}</span>
      <span className="mt-1 block text-sm text-slate-600">{label}</span>
      {detail ? <span className="block text-xs text-slate-500">{detail}</span> : null}
    </Link>
  );
}

/** Submission rate per period as an inline SVG line; the data is also a table. */
function TrendChart({ points }: { points: { label: string; rate: number | null }[] }) {
  const width = 480;
  const height = 160;
  const step = points.length > 1 ? (width - 40) / (points.length - 1) : 0;
  // Whole pixels: the coordinates are in the HTML and again in the page's payload.
  const xy = points.map((point, index) => ({
    x: Math.round(20 + index * step),
    y: point.rate === null ? null : Math.round(height - 20 - (point.rate / 100) * (height - 40)),
    ...point,
  }));
  const line = xy
    .filter((point) => point.y !== null)
    .map((point) => `${point.x},${point.y}`)
    .join(" ");
  return (
    <svg viewBox={`0 0 ${width} ${height}`} className="h-40 w-full" aria-hidden="true">
      <line x1="20" x2={width - 20} y1={height - 20} y2={height - 20} stroke="#cbd5e1" />
      <line x1="20" x2={width - 20} y1="20" y2="20" stroke="#e2e8f0" strokeDasharray="4 4" />
      <polyline points={line} fill="none" stroke="currentColor" strokeWidth="2" className="text-brand-600" />
      {xy.map((point) =>
        point.y === null ? null : <circle key={point.label} cx={point.x} cy={point.y} r="3.5" className="fill-brand-700" />,
      )}
      {xy.map((point) => (
        <text key={`t-${point.label}`} x={point.x} y={height - 4} fontSize="10" textAnchor="middle" fill="#475569">
          {point.label}
        </text>
      ))}
    </svg>
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
            points={trend.map((row) => ({ label: `${row.period.index}/${row.period.year % 100}`, rate: row.submissionRate }))}
          />
          <details className="chart-table text-sm">
            <summary className="no-print cursor-pointer text-slate-600">{vi.dashboard.tableAlternative}</summary>
            <DataTable
              className="mt-2"
              caption={vi.dashboard.trend}
              rows={trend}
              rowKey={(row) => row.period.id}
              columns={[
                {
                  header: vi.dashboard.period,
                  rowHeader: true,
                  cell: (row) => <Link href={`/dashboard?period=${row.period.id}`}>{formatPeriod(row.period)}</Link>,
                },
                {
                  header: vi.dashboard.submissionRate,
                  cell: (row) => <Link href={`/reports?period=${row.period.id}`}>{pct(row.submissionRate)}</Link>,
                },
                { header: vi.dashboard.onTimeRate, cell: (row) => pct(row.onTimeRate) },
                {
                  header: vi.dashboard.directivesTotal,
                  cell: (row) => (
                    <Link href={`/directives?period=${row.period.id}`}>
                      {row.directivesDone}/{row.directives}
                    </Link>
                  ),
                },
              ]}
            />
          </details>
        </Card>
        <Card title={`${vi.dashboard.openRecommendations} (${data.recommendations.open})`}>
          {data.recommendations.latest.length === 0 ? (
            <EmptyState />
          ) : (
            <ul className="divide-y divide-slate-100 text-sm">
              {data.recommendations.latest.map((row) => (
                <li key={row.id} className="py-2">
                  <Link href="/recommendations?status=OPEN" className="hover:underline">
                    {row.content}
                  </Link>
                  <span className="block text-xs text-slate-500">{row.organization.shortName}</span>
                </li>
              ))}
            </ul>
          )}
        </Card>
        <Card title={vi.dashboard.upcomingMeetings}>
          {data.meetings.length === 0 ? (
            <EmptyState />
          ) : (
            <ul className="divide-y divide-slate-100 text-sm">
              {data.meetings.map((row) => (
                <li key={row.id} className="py-2">
                  <Link href={`/meetings/${row.id}`} className="font-medium hover:underline">
                    {row.title}
                  </Link>
                  <span className="block text-xs text-slate-500">{formatDateTime(row.startsAt)}</span>
                </li>
              ))}
            </ul>
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
