"use client";

import Link from "next/link";
import type { ReactNode } from "react";
import { DataTable } from "@/components/ui/data-table";
import { StatusBadge } from "@/components/ui/status-badge";
import type { FormState } from "@/lib/form-state";
import { matrix } from "@/messages/vi/matrix";
import { RemindButton } from "./remind-button";

/** Only the messages this module shows (the client bundle carries no other catalogue). */
const vi = { matrix };

type Cell = keyof typeof matrix.cell;

/** A period's column as printed: its texts already formatted on the server. */
export interface MatrixColumn {
  periodId: string;
  period: string;
  /** "Hạn: …", or that there is none. */
  deadline: string;
  /** The column's submitted / rate / on-time line. */
  tally: string;
  /** Some organization has not submitted: the column offers to remind them. */
  remind: boolean;
}

/** An organization's row: a cell per column, in the columns' order. */
export interface MatrixRow {
  id: string;
  name: string;
  shortName: string;
  cells: { cell: Cell; reportId: string | null }[];
  tally: string;
}

const TallyText = ({ text }: { text: string }) => <span className="block text-xs text-slate-600">{text}</span>;

/**
 * The submission matrix. A client component so that the page carries the cells once as these
 * few fields, not as a second copy of every cell's markup in the React Server Components payload
 * (issue 18); the server still renders the table.
 */
export function MatrixTable({
  caption,
  organizationHeader,
  unitId,
  columns,
  rows,
  total,
  remindAction,
}: {
  caption: string;
  organizationHeader: string;
  unitId: string;
  columns: MatrixColumn[];
  rows: MatrixRow[];
  /** The totals line: per column, then overall. */
  total: { columns: string[]; all: string };
  remindAction: (state: FormState, formData: FormData) => Promise<FormState>;
}) {
  type Line = { id: string; label: string; cells: ReactNode[]; testIds: string[]; tally: string };
  const lines: Line[] = rows.map((row) => ({
    id: row.id,
    label: row.name,
    cells: row.cells.map(({ cell, reportId }) => {
      const badge = <StatusBadge status={cell} label={vi.matrix.cell[cell]} />;
      return reportId ? <Link href={`/reports/${reportId}`}>{badge}</Link> : badge;
    }),
    testIds: columns.map((column) => `cell-${row.shortName}-${column.period}`),
    tally: row.tally,
  }));
  return (
    <DataTable
      caption={caption}
      data-testid="submission-matrix"
      rows={lines}
      footer={[
        {
          id: "total",
          label: vi.matrix.total,
          cells: total.columns.map((text, index) => <TallyText key={index} text={text} />),
          testIds: [],
          tally: total.all,
        },
      ]}
      rowKey={(line) => line.id}
      columns={[
        { header: organizationHeader, rowHeader: true, className: "font-medium", cell: (line) => line.label },
        ...columns.map((column, index) => ({
          header: (
            <>
              {column.period}
              <span className="block text-xs font-normal text-slate-500">{column.deadline}</span>
              {column.remind ? (
                <RemindButton
                  action={remindAction}
                  periodId={column.periodId}
                  unitId={unitId}
                  label={`${vi.matrix.remind} ${column.period}`}
                />
              ) : null}
            </>
          ),
          cell: (line: Line) => line.cells[index],
          cellTestId: (line: Line) => line.testIds[index],
        })),
        { header: vi.matrix.total, cell: (line) => <TallyText text={line.tally} /> },
      ]}
    />
  );
}
