import type { Metadata } from "next";
import Link from "next/link";
import { ExportLinks } from "@/components/export-links";
import { FilterBar } from "@/components/filters/filter-bar";
import { FILTER_CONTROL } from "@/components/filters/filter-select";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { StatusBadge } from "@/components/ui/status-badge";
import { requirePermission } from "@/server/auth/session";
import { getSubmissionMatrix, type Tally } from "@/server/reports/submission-matrix";
import { formatDateTime, vietnamDay } from "@/lib/dates";
import { formatPeriod } from "@/lib/periods";
import { parseSearchParams, type SearchParams } from "@/lib/search-params";
import { orNotFound } from "@/server/http/or-not-found";
import { ZMatrixParams } from "@/server/reports/schemas";
import { vi } from "@/messages/vi";
import { remindAction } from "../actions";
import { RemindButton } from "./remind-button";

export const metadata: Metadata = { title: vi.matrix.title };

const percent = (value: number) => `${Math.round(value * 100)}%`;

function TallyText({ tally }: { tally: Tally }) {
  return (
    <span className="block text-xs text-slate-600">
      {vi.matrix.submitted}: {tally.onTime + tally.late}/{tally.expected} · {vi.matrix.rate} {percent(tally.rate)} ·{" "}
      {vi.matrix.onTimeRate} {percent(tally.onTimeRate)}
    </span>
  );
}

export default async function MatrixPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePermission("read:report-matrix");
  const params = await searchParams;
  const thisYear = Number(vietnamDay(new Date()).slice(0, 4));
  const { year = thisYear, unit, with: companionPeriodIds } = parseSearchParams(ZMatrixParams, params);
  const matrix = await orNotFound(getSubmissionMatrix({ actor, year, unitId: unit, companionPeriodIds }));
  return (
    <>
      <PageHeader
        title={vi.matrix.title}
        description={vi.matrix.description}
        actions={<ExportLinks path="/reports/matrix/export" filters={{ year, unit: matrix.unit.id }} />}
      />
      <Card>
        <FilterBar
          className="mb-4"
          selects={[
            {
              label: vi.matrix.unit,
              name: "unit",
              value: matrix.unit.id,
              options: matrix.units.map((unit) => ({ value: unit.id, label: unit.name })),
            },
          ]}
        >
          <label className="text-sm">
            <span className="block text-slate-700">{vi.matrix.year}</span>
            <input name="year" type="number" defaultValue={year} className={`w-28 ${FILTER_CONTROL}`} />
          </label>
        </FilterBar>
        {matrix.columns.length === 0 ? (
          <EmptyState message={vi.matrix.noPeriods} />
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm" data-testid="submission-matrix">
              <thead className="border-b border-slate-200 align-top text-slate-700">
                <tr>
                  <th className="py-2 pr-3">{vi.reports.organization}</th>
                  {matrix.columns.map((column) => (
                    <th key={column.period.id} className="py-2 pr-3" scope="col">
                      {formatPeriod(column.period)}
                      <span className="block text-xs font-normal text-slate-500">
                        {vi.reports.deadline}: {column.deadline ? formatDateTime(column.deadline) : vi.reports.noDeadline}
                      </span>
                      {column.tally.onTime + column.tally.late < column.tally.expected ? (
                        <RemindButton
                          action={remindAction}
                          periodId={column.period.id}
                          unitId={matrix.unit.id}
                          label={`${vi.matrix.remind} ${formatPeriod(column.period)}`}
                        />
                      ) : null}
                    </th>
                  ))}
                  <th className="py-2">{vi.matrix.total}</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {matrix.rows.map((row) => (
                  <tr key={row.organization.id}>
                    <th scope="row" className="py-2 pr-3 font-medium">
                      {row.organization.name}
                    </th>
                    {row.cells.map((cell, index) => (
                      <td
                        key={cell.periodId}
                        className="py-2 pr-3"
                        data-testid={`cell-${row.organization.shortName}-${formatPeriod(matrix.columns[index].period)}`}
                      >
                        {cell.reportId ? (
                          <Link href={`/reports/${cell.reportId}`}>
                            <StatusBadge status={cell.cell} label={vi.matrix.cell[cell.cell]} />
                          </Link>
                        ) : (
                          <StatusBadge status={cell.cell} label={vi.matrix.cell[cell.cell]} />
                        )}
                      </td>
                    ))}
                    <td className="py-2">
                      <TallyText tally={row.tally} />
                    </td>
                  </tr>
                ))}
              </tbody>
              <tfoot className="border-t border-slate-200">
                <tr>
                  <th scope="row" className="py-2 pr-3">
                    {vi.matrix.total}
                  </th>
                  {matrix.columns.map((column) => (
                    <td key={column.period.id} className="py-2 pr-3">
                      <TallyText tally={column.tally} />
                    </td>
                  ))}
                  <td className="py-2">
                    <TallyText tally={matrix.total} />
                  </td>
                </tr>
              </tfoot>
            </table>
          </div>
        )}
      </Card>
    </>
  );
}
