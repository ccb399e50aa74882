"use client";

import Link from "next/link";
import { DataTable } from "@/components/ui/data-table";
import { StatusBadge } from "@/components/ui/status-badge";
import { directives } from "@/messages/vi/directives";
import { directiveStatus } from "@/messages/vi/labels";

/** Only the messages this module shows (the client bundle carries no other catalogue). */
const vi = { directives };

/** A row of the board as printed: its texts already formatted on the server. */
export interface BoardRow {
  id: string;
  content: string;
  category: string;
  lead: string;
  support: string;
  meetingId: string;
  period: string;
  /** dd/MM/yyyy, or empty without a due date. */
  due: string;
  status: keyof typeof directiveStatus;
  /** The status in words where it is not the usual label (an archive entry's directive reads as what is known of it). */
  statusLabel?: string;
  /** Present (true) only for an overdue directive: the page sends no key it can leave out. */
  overdue?: true;
}

/**
 * The board's table. A client component so that the page carries its rows once as these few
 * fields (the React Server Components payload of server-rendered rows repeated every cell's
 * markup: ~1.2 kB a row, issue 18); the server still renders the HTML.
 */
export function BoardTable({ caption, rows }: { caption: string; rows: BoardRow[] }) {
  return (
    <DataTable
      caption={caption}
      data-testid="directive-board"
      rows={rows}
      rowKey={(row) => row.id}
      columns={[
        {
          header: vi.directives.content,
          className: "max-w-md",
          cell: (row) => (
            <>
              <Link href={`/directives/${row.id}`} className="row-title">
                {row.content}
              </Link>
              {row.category ? <span className="note">{row.category}</span> : null}
            </>
          ),
        },
        {
          header: vi.directives.lead,
          cell: (row) => (
            <>
              {row.lead}
              {row.support ? <span className="note">{`${vi.directives.support}: ${row.support}`}</span> : null}
            </>
          ),
        },
        {
          header: vi.directives.meeting,
          cell: (row) => (
            <Link href={`/meetings/${row.meetingId}`} className="link">
              {row.period}
            </Link>
          ),
        },
        {
          header: vi.directives.dueDate,
          className: "whitespace-nowrap",
          cell: (row) => row.due || vi.directives.noDueDate,
        },
        {
          header: vi.directives.status,
          cell: (row) => (
            <span className="badges">
              <StatusBadge status={row.status} label={row.statusLabel ?? directiveStatus[row.status]} />
              {row.overdue ? <StatusBadge status="OVERDUE" label={vi.directives.overdue} /> : null}
            </span>
          ),
        },
      ]}
    />
  );
}
