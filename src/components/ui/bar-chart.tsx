"use client";

import Link from "next/link";
import type { CSSProperties } from "react";
import { DataTable } from "./data-table";

export interface BarRow {
  label: string;
  /** Bar length relative to `max`. */
  value: number;
  /** What the figure says in text ("75%", "12"). */
  display: string;
  /** The list behind the figure. */
  href: string;
}

/**
 * Horizontal bars that are their own table: a row per label, its bar (decoration, aria-hidden,
 * pure CSS: `.bar` in globals.css) beside the figure, which links to the list behind it. Drawn
 * once from the rows: no second table as the chart's alternative, and a client component so that
 * the page's React Server Components payload carries the rows as data, not their markup again
 * (issue 18). The server still renders the table.
 */
export function BarChart({
  caption,
  rows,
  max,
  labelHeader,
  valueHeader,
  testId,
}: {
  caption: string;
  rows: BarRow[];
  max: number;
  labelHeader: string;
  valueHeader: string;
  testId?: string;
}) {
  const length = (value: number) => `${max > 0 ? Math.min(100, Math.round((value / max) * 100)) : 0}%`;
  return (
    <DataTable
      caption={caption}
      data-testid={testId}
      rows={rows}
      rowKey={(row) => row.label}
      columns={[
        { header: labelHeader, rowHeader: true, cell: (row) => row.label },
        {
          header: valueHeader,
          className: "whitespace-nowrap",
          cell: (row) => (
            <>
              <span aria-hidden="true" className="bar" style={{ "--bar": length(row.value) } as CSSProperties} />
              <Link href={row.href} className="font-medium text-brand-700 underline">
                {row.display}
                <span className="sr-only"> — {row.label}</span>
              </Link>
            </>
          ),
        },
      ]}
    />
  );
}
