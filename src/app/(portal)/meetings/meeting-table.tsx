"use client";

import Link from "next/link";
import { DataTable } from "@/components/ui/data-table";
import { StatusBadge } from "@/components/ui/status-badge";
import { meetingKind, meetingStatus } from "@/messages/vi/labels";

/** A row of the meeting list as printed: its texts already formatted on the server. */
export interface MeetingListRow {
  id: string;
  title: string;
  kind: keyof typeof meetingKind;
  period: string;
  unit: string;
  startsAt: string;
  chair: string;
  status: keyof typeof meetingStatus;
}

/**
 * The meeting list's table. A client component so that the page carries its rows once as these
 * few fields, not as a second copy of every cell's markup in the React Server Components payload
 * (issue 18); the server still renders the HTML. The headers come from the page.
 */
export function MeetingTable({
  caption,
  empty,
  headers,
  rows,
}: {
  caption: string;
  empty: string;
  headers: { title: string; period: string; unit: string; startsAt: string; chair: string; status: string };
  rows: MeetingListRow[];
}) {
  return (
    <DataTable
      className="mt-4"
      caption={caption}
      empty={empty}
      rows={rows}
      rowKey={(meeting) => meeting.id}
      columns={[
        {
          header: headers.title,
          cell: (meeting) => (
            <>
              <Link className="link" href={`/meetings/${meeting.id}`}>
                {meeting.title}
              </Link>
              <span className="ml-2 text-xs text-slate-500">{meetingKind[meeting.kind]}</span>
            </>
          ),
        },
        { header: headers.period, cell: (meeting) => meeting.period },
        { header: headers.unit, cell: (meeting) => meeting.unit },
        { header: headers.startsAt, className: "text-slate-600", cell: (meeting) => meeting.startsAt },
        { header: headers.chair, cell: (meeting) => meeting.chair },
        {
          header: headers.status,
          className: "whitespace-nowrap",
          cell: (meeting) => <StatusBadge status={meeting.status} label={meetingStatus[meeting.status]} />,
        },
      ]}
    />
  );
}
