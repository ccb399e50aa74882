import "server-only";
import type { Actor } from "@/server/auth/actor";
import type { ExportTable } from "@/server/exports/tabular-export";
import { formatPeriod } from "@/lib/periods";
import { vi } from "@/messages/vi";
import { getSubmissionMatrix, type MatrixCell, type Tally } from "./submission-matrix";

type MatrixRow = { name: string; cells: MatrixCell[]; tally: Tally };

/** The submission matrix as a table: one row per organization, one column per period, then the counts. */
export async function exportSubmissionMatrix({ actor, unitId, year }: { actor: Actor; unitId?: string; year: number }) {
  const matrix = await getSubmissionMatrix({ actor, unitId, year });
  const t = vi.exports.matrix;
  const rows: MatrixRow[] = matrix.rows.map((row) => ({
    name: row.organization.name,
    cells: row.cells.map((cell) => cell.cell),
    tally: row.tally,
  }));
  const table: ExportTable<MatrixRow> = {
    title: t.title(matrix.year),
    rows,
    columns: [
      { header: t.organization, width: 44, value: (row) => row.name },
      ...matrix.columns.map((column, index) => ({
        header: formatPeriod(column.period),
        width: 14,
        value: (row: MatrixRow) => vi.matrix.cell[row.cells[index]],
      })),
      ...matrix.columns.map((column) => ({
        header: t.deadline(formatPeriod(column.period)),
        type: "date" as const,
        width: 16,
        value: () => column.deadline,
      })),
      { header: t.expected, type: "number", value: (row) => row.tally.expected },
      { header: t.onTime, type: "number", value: (row) => row.tally.onTime },
      { header: t.late, type: "number", value: (row) => row.tally.late },
      { header: t.rate, type: "number", value: (row) => Math.round(row.tally.rate * 100) },
      { header: t.onTimeRate, type: "number", value: (row) => Math.round(row.tally.onTimeRate * 100) },
    ],
  };
  return { table, unitName: matrix.unit.name, year: matrix.year };
}
