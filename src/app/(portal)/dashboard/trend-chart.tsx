"use client";

import Link from "next/link";
import { DataTable } from "@/components/ui/data-table";
import { dashboard } from "@/messages/vi/dashboard";

/** Only the messages this module shows (the client bundle carries no other catalogue). */
const vi = { dashboard };

/** A period of the trend as printed: its texts already formatted on the server. */
export interface TrendPoint {
  periodId: string;
  /** Under the chart's point: "1/25". */
  short: string;
  /** In the table: "Quý I/2025". */
  period: string;
  submissionRate: number | null;
  onTimeRate: number | null;
  /** "done/total". */
  directives: string;
}

const WIDTH = 480;
const HEIGHT = 160;

/**
 * Submission rate per period as an inline SVG line (decoration), and the same data as a table
 * inside <details> (shown when printing). A client component: the page's payload carries the
 * points as data, not the SVG and table markup a second time (issue 18).
 */
export function TrendChart({ points }: { points: TrendPoint[] }) {
  const step = points.length > 1 ? (WIDTH - 40) / (points.length - 1) : 0;
  // Whole pixels: shorter markup, no visible difference.
  const xy = points.map((point, index) => ({
    x: Math.round(20 + index * step),
    y: point.submissionRate === null ? null : Math.round(HEIGHT - 20 - (point.submissionRate / 100) * (HEIGHT - 40)),
    ...point,
  }));
  const line = xy
    .filter((point) => point.y !== null)
    .map((point) => `${point.x},${point.y}`)
    .join(" ");
  return (
    <>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="h-40 w-full" aria-hidden="true">
        <line x1="20" x2={WIDTH - 20} y1={HEIGHT - 20} y2={HEIGHT - 20} stroke="#cbd5e1" />
        <line x1="20" x2={WIDTH - 20} y1="20" y2="20" stroke="#e2e8f0" strokeDasharray="4 4" />
        <polyline points={line} fill="none" stroke="currentColor" strokeWidth="2" className="text-brand-600" />
        {xy.map((point) =>
          point.y === null ? null : <circle key={point.periodId} cx={point.x} cy={point.y} r="3.5" className="fill-brand-700" />,
        )}
        <g fontSize="10" textAnchor="middle" fill="#475569">
          {xy.map((point) => (
            <text key={point.periodId} x={point.x} y={HEIGHT - 4}>
              {point.short}
            </text>
          ))}
        </g>
      </svg>
      <details className="chart-table text-sm">
        <summary className="no-print cursor-pointer text-slate-600">{vi.dashboard.tableAlternative}</summary>
        <DataTable
          className="mt-2"
          caption={vi.dashboard.trend}
          rows={points}
          rowKey={(row) => row.periodId}
          columns={[
            {
              header: vi.dashboard.period,
              rowHeader: true,
              cell: (row) => <Link href={`/dashboard?period=${row.periodId}`}>{row.period}</Link>,
            },
            {
              header: vi.dashboard.submissionRate,
              cell: (row) => <Link href={`/reports?period=${row.periodId}`}>{vi.dashboard.percent(row.submissionRate)}</Link>,
            },
            { header: vi.dashboard.onTimeRate, cell: (row) => vi.dashboard.percent(row.onTimeRate) },
            {
              header: vi.dashboard.directivesTotal,
              cell: (row) => <Link href={`/directives?period=${row.periodId}`}>{row.directives}</Link>,
            },
          ]}
        />
      </details>
    </>
  );
}
