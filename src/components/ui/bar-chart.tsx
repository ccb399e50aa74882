import Link from "next/link";
import { dashboard } from "@/messages/vi/dashboard";
import { DataTable } from "./data-table";

/** Only the messages this module shows (the client bundle carries no other catalogue). */
const vi = { dashboard };

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
 * Horizontal bars in pure CSS. The bars are decoration (aria-hidden); the figures are
 * links and the same data is a table inside <details> (shown when printing).
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
  return (
    <figure className="space-y-2" data-testid={testId}>
      <ul className="space-y-1.5">
        {rows.map((row) => (
          <li key={row.label} className="grid grid-cols-[minmax(6rem,10rem)_1fr_auto] items-center gap-2 text-sm">
            <span className="truncate" title={row.label}>
              {row.label}
            </span>
            <span aria-hidden="true" className="h-3 rounded bg-slate-100">
              <span
                className="block h-3 rounded bg-brand-600"
                style={{ width: `${max > 0 ? Math.min(100, (row.value / max) * 100) : 0}%` }}
              />
            </span>
            <Link href={row.href} className="font-medium text-brand-700 underline">
              {row.display}
              <span className="sr-only"> — {row.label}</span>
            </Link>
          </li>
        ))}
      </ul>
      <details className="chart-table text-sm">
        <summary className="no-print cursor-pointer text-slate-600">{vi.dashboard.tableAlternative}</summary>
        <DataTable
          className="mt-2"
          caption={caption}
          rows={rows}
          rowKey={(row) => row.label}
          columns={[
            { header: labelHeader, rowHeader: true, cell: (row) => row.label },
            { header: valueHeader, cell: (row) => <Link href={row.href}>{row.display}</Link> },
          ]}
        />
      </details>
    </figure>
  );
}
