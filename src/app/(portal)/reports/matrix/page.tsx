import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { ExportLinks } from "@/components/export-links";
import { FilterBar } from "@/components/filters/filter-bar";
import { FILTER_CONTROL } from "@/components/filters/filter-select";
import { Card } from "@/components/ui/card";
import { DataTable } from "@/components/ui/data-table";
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

/** One line of the matrix: an organization, or the totals under them. */
type MatrixLine = { key: string; label: string; cells: ReactNode[]; testIds: string[]; tally: Tally };

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
          <DataTable
            caption={vi.matrix.title}
            data-testid="submission-matrix"
            rows={matrix.rows.map((row) => ({
              key: row.organization.id,
              label: row.organization.name,
              cells: row.cells.map((cell) => {
                const badge = <StatusBadge status={cell.cell} label={vi.matrix.cell[cell.cell]} />;
                return cell.reportId ? <Link href={`/reports/${cell.reportId}`}>{badge}</Link> : badge;
              }),
              testIds: matrix.columns.map((column) => `cell-${row.organization.shortName}-${formatPeriod(column.period)}`),
              tally: row.tally,
            }))}
            footer={[
              {
                key: "total",
                label: vi.matrix.total,
                cells: matrix.columns.map((column) => <TallyText key={column.period.id} tally={column.tally} />),
                testIds: [],
                tally: matrix.total,
              },
            ]}
            rowKey={(row) => row.key}
            columns={[
              { header: vi.reports.organization, rowHeader: true, className: "font-medium", cell: (row) => row.label },
              ...matrix.columns.map((column, index) => ({
                header: (
                  <>
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
                  </>
                ),
                cell: (row: MatrixLine) => row.cells[index],
                cellTestId: (row: MatrixLine) => row.testIds[index],
              })),
              { header: vi.matrix.total, cell: (row) => <TallyText tally={row.tally} /> },
            ]}
          />
        )}
      </Card>
    </>
  );
}
