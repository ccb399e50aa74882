"use client";

import Link from "next/link";
import { DataTable } from "@/components/ui/data-table";
import { StatusBadge } from "@/components/ui/status-badge";
import { reportStatus } from "@/messages/vi/labels";

/** A row of the report list as printed: its texts already formatted on the server. */
export interface ReportListRow {
  id: string;
  period: string;
  organization: string;
  unit: string;
  status: keyof typeof reportStatus;
  late: boolean;
  submittedAt: string;
}

/**
 * The report list's table. A client component so that the page carries its rows once as these
 * few fields, not as a second copy of every cell's markup in the React Server Components payload
 * (issue 18); the server still renders the HTML. The headers and words come from the page.
 */
export function ReportTable({
  caption,
  labels,
  rows,
}: {
  caption: string;
  labels: {
    period: string;
    organization: string;
    unit: string;
    status: string;
    submittedAt: string;
    actions: string;
    late: string;
    open: string;
  };
  rows: ReportListRow[];
}) {
  return (
    <DataTable
      caption={caption}
      rows={rows}
      rowKey={(row) => row.id}
      columns={[
        { header: labels.period, cell: (row) => row.period },
        { header: labels.organization, cell: (row) => row.organization },
        { header: labels.unit, cell: (row) => row.unit },
        {
          header: labels.status,
          cell: (row) => (
            <span className="flex flex-wrap gap-1">
              <StatusBadge status={row.status} label={reportStatus[row.status]} />
              {row.late ? <StatusBadge status="LATE" label={labels.late} /> : null}
            </span>
          ),
        },
        { header: labels.submittedAt, className: "text-slate-600", cell: (row) => row.submittedAt },
        {
          header: labels.actions,
          hiddenHeader: true,
          cell: (row) => (
            <Link className="link" href={`/reports/${row.id}`}>
              {labels.open}
              <span className="sr-only">
                {" "}
                {row.organization} {row.period}
              </span>
            </Link>
          ),
        },
      ]}
    />
  );
}
