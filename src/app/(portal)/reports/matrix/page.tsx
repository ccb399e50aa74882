import type { Metadata } from "next";
import { ExportLinks } from "@/components/export-links";
import { FilterBar } from "@/components/filters/filter-bar";
import { SearchableSelect } from "@/components/filters/searchable-select";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/server/auth/session";
import { getSubmissionMatrix, type Tally } from "@/server/reports/submission-matrix";
import { formatDateTime, vietnamDay } from "@/lib/dates";
import { formatPeriod } from "@/lib/periods";
import { narrowChoices } from "@/lib/picker";
import { parseSearchParams, type SearchParams } from "@/lib/search-params";
import { orNotFound } from "@/server/http/or-not-found";
import { ZMatrixParams } from "@/server/reports/schemas";
import { vi } from "@/messages/vi";
import { perfMessages } from "@/messages/vi/perf";
import { remindAction } from "../actions";
import { MatrixTable } from "./matrix-table";

export const metadata: Metadata = { title: vi.matrix.title };

const percent = (value: number) => `${Math.round(value * 100)}%`;

const tallyText = (tally: Tally) =>
  `${vi.matrix.submitted}: ${tally.onTime + tally.late}/${tally.expected} · ${vi.matrix.rate} ${percent(tally.rate)} · ${vi.matrix.onTimeRate} ${percent(tally.onTimeRate)}`;

export default async function MatrixPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePermission("read:report-matrix");
  const params = await searchParams;
  const thisYear = Number(vietnamDay(new Date()).slice(0, 4));
  const { year = thisYear, unit, with: companionPeriodIds, unitq } = parseSearchParams(ZMatrixParams, params);
  const matrix = await orNotFound(getSubmissionMatrix({ actor, year, unitId: unit, companionPeriodIds }));
  const units = narrowChoices(
    matrix.units.map((row) => ({ id: row.id, label: row.name })),
    { query: unitq, selectedId: matrix.unit.id },
  );
  return (
    <>
      <PageHeader
        title={vi.matrix.title}
        description={vi.matrix.description}
        actions={<ExportLinks path="/reports/matrix/export" filters={{ year, unit: matrix.unit.id }} />}
      />
      <Card>
        <FilterBar className="mb-4">
          <SearchableSelect
            label={vi.matrix.unit}
            name="unit"
            value={matrix.unit.id}
            options={units.map((row) => ({ value: row.id, label: row.label }))}
            total={matrix.units.length}
            search={{
              label: perfMessages.unitSearch,
              name: "unitq",
              value: unitq,
              hint: perfMessages.unitSearchHint(units.length, matrix.units.length),
            }}
          />
          <label className="text-sm">
            <span className="block text-slate-700">{vi.matrix.year}</span>
            <input name="year" type="number" defaultValue={year} className="control w-28" />
          </label>
        </FilterBar>
        {matrix.columns.length === 0 ? (
          <EmptyState message={vi.matrix.noPeriods} />
        ) : (
          <MatrixTable
            caption={vi.matrix.title}
            organizationHeader={vi.reports.organization}
            unitId={matrix.unit.id}
            remindAction={remindAction}
            columns={matrix.columns.map((column) => ({
              periodId: column.period.id,
              period: formatPeriod(column.period),
              deadline: `${vi.reports.deadline}: ${column.deadline ? formatDateTime(column.deadline) : vi.reports.noDeadline}`,
              tally: tallyText(column.tally),
              remind: column.tally.onTime + column.tally.late < column.tally.expected,
            }))}
            rows={matrix.rows.map((row) => ({
              id: row.organization.id,
              name: row.organization.name,
              shortName: row.organization.shortName,
              cells: row.cells.map((cell) => ({ cell: cell.cell, reportId: cell.reportId ?? null })),
              tally: tallyText(row.tally),
            }))}
            total={{ columns: matrix.columns.map((column) => tallyText(column.tally)), all: tallyText(matrix.total) }}
          />
        )}
      </Card>
    </>
  );
}
