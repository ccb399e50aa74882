import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { FilterBar } from "@/components/filters/filter-bar";
import { Card } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { StatusBadge } from "@/components/ui/status-badge";
import { can } from "@/server/auth/policy";
import { requirePermission } from "@/server/auth/session";
import { listDigestChoices } from "@/server/reports/list-reports";
import { getPeriodDigest } from "@/server/reports/period-digest";
import { formatMoney, formatNumber } from "@/lib/numbers";
import { formatPeriod, formatPeriods } from "@/lib/periods";
import { parseSearchParams, type SearchParams } from "@/lib/search-params";
import { ZDigestParams } from "@/server/reports/schemas";
import { vi } from "@/messages/vi";

export const metadata: Metadata = { title: vi.digest.title };

const figure = (value: string, isMoney: boolean, unitLabel: string) =>
  isMoney ? formatMoney(value) : `${formatNumber(value)} ${unitLabel}`;

/** /reports/digest?period=…&unit=… — the material for the period's liaison meeting. */
export default async function DigestPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePermission("read:report");
  // The whole unit's material: readers of the unit subtree (secretariat, leaders), not one organization.
  if (!can(actor, "read:report", { unitPath: actor.unitPath })) forbidden();
  const params = await searchParams;
  const choices = await listDigestChoices(actor);
  const { period, unit, with: companionPeriodIds } = parseSearchParams(ZDigestParams, params);
  // An unknown period or unit (or one out of reach) falls back to the default choice.
  const periodId = choices.periods.find((row) => row.id === period)?.id ?? choices.periods[0]?.id;
  const unitId = choices.units.find((row) => row.id === unit)?.id ?? actor.unitId;
  const digest = periodId ? await getPeriodDigest({ actor, periodId, unitId, companionPeriodIds }) : null;
  return (
    <>
      <PageHeader
        title={
          digest ? `${vi.digest.title} ${formatPeriods(digest.period, digest.companions)} · ${digest.unit.name}` : vi.digest.title
        }
        description={vi.digest.description}
      />
      <Card className="mb-6">
        <FilterBar
          submitLabel={vi.digest.choose}
          selects={[
            {
              label: vi.reports.period,
              name: "period",
              value: periodId,
              options: choices.periods.map((period) => ({ value: period.id, label: formatPeriod(period) })),
            },
            {
              label: vi.reports.unit,
              name: "unit",
              value: unitId,
              options: choices.units.map((unit) => ({ value: unit.id, label: unit.name })),
            },
          ]}
        />
      </Card>
      {!digest ? (
        <EmptyState />
      ) : (
        <div className="space-y-6">
          <p className="text-sm text-slate-700">
            {vi.digest.reportsCount(digest.reports.length, digest.expected)}
            {digest.missing.length ? ` · ${vi.digest.missing}: ${digest.missing.map((item) => item.name).join(", ")}` : ""}
          </p>
          <Card title={vi.digest.indicatorTotals}>
            <DataTable
              caption={vi.digest.indicatorTotals}
              rows={digest.totals}
              rowKey={(total) => `${total.label}|${total.unitLabel}`}
              columns={[
                { header: vi.digest.indicator, rowHeader: true, cell: (total) => total.label },
                {
                  header: vi.digest.total,
                  className: "text-right tabular-nums",
                  cell: (total) => figure(total.value, total.isMoney, total.unitLabel),
                },
              ]}
            />
          </Card>
          {digest.reports.map((report) => (
            <Card key={report.reportId} title={report.title}>
              <p className="mb-2 flex flex-wrap gap-2">
                <StatusBadge status={report.status} label={vi.reportStatus[report.status]} />
                <StatusBadge
                  status={report.isLate ? "LATE" : "ON_TIME"}
                  label={report.isLate ? vi.reports.late : vi.reports.onTime}
                />
                <Link className="text-sm text-brand-700 underline" href={`/reports/${report.reportId}`}>
                  {vi.reports.open}
                </Link>
              </p>
              <h3 className="text-sm font-semibold text-slate-800">{vi.digest.indicatorsByOrg}</h3>
              <ul className="mb-3 text-sm">
                {report.indicators.map((item) => (
                  <li key={item.id} className="flex justify-between border-b border-slate-100 py-1">
                    <span>{item.name}</span>
                    <span className="tabular-nums">{figure(item.value, item.isMoney, item.unitLabel)}</span>
                  </li>
                ))}
              </ul>
              <h3 className="text-sm font-semibold text-slate-800">{vi.digest.difficulties}</h3>
              <p className="mb-3 text-sm whitespace-pre-line">{report.shortcomings || "—"}</p>
              <h3 className="text-sm font-semibold text-slate-800">{vi.digest.recommendations}</h3>
              {report.recommendations.length === 0 ? (
                <p className="text-sm">—</p>
              ) : (
                <ul className="list-disc pl-5 text-sm">
                  {report.recommendations.map((item) => (
                    <li key={item.id}>
                      {item.content}
                      {item.addressedTo ? ` (${item.addressedTo})` : ""} —{" "}
                      <span className="text-slate-600">{vi.recommendationStatus[item.status]}</span>
                    </li>
                  ))}
                </ul>
              )}
            </Card>
          ))}
        </div>
      )}
    </>
  );
}
