import Link from "next/link";
import { Card } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { StatusBadge } from "@/components/ui/status-badge";
import type { MeetingPageView } from "@/server/meetings/get-meeting-page";
import { formatDate } from "@/lib/dates";
import { vi } from "@/messages/vi";

/** The unit's undone directives from earlier meetings, each with its latest progress, a page at a time. */
export function CarryOverSection({ meetingId, carryOver }: { meetingId: string; carryOver: MeetingPageView["carryOver"] }) {
  return (
    <Card title={vi.meetings.carryOver} className="no-print">
      {carryOver.rows.length === 0 ? (
        <p className="text-sm text-slate-500">{vi.meetings.carryOverEmpty}</p>
      ) : (
        <ul className="space-y-2 text-sm">
          {carryOver.rows.map((item) => (
            <li key={item.id} className="rounded-md border border-slate-200 p-2">
              <p>
                <Link className="font-medium hover:underline" href={`/directives/${item.id}`}>
                  {item.content}
                </Link>
              </p>
              <p className="text-xs text-slate-600">
                <StatusBadge status={item.status} label={vi.directiveStatus[item.status]} /> ·{" "}
                {item.organizations.map((row) => row.organization.shortName).join(", ")}
                {item.dueDate ? ` · ${vi.meetings.dueDate}: ${formatDate(item.dueDate)}` : ""} · {vi.meetings.fromMeeting}:{" "}
                <Link className="underline" href={`/meetings/${item.meeting.id}`}>
                  {item.meeting.title}
                </Link>
              </p>
              <p className="text-xs text-slate-600">
                {vi.meetings.latestProgress}:{" "}
                {item.updates[0]
                  ? `${item.updates[0].body}${item.updates[0].percent !== null ? ` (${item.updates[0].percent}%)` : ""} — ${formatDate(item.updates[0].createdAt)}`
                  : vi.meetings.noProgress}
              </p>
            </li>
          ))}
        </ul>
      )}
      {carryOver.pages > 1 ? <Pagination of={carryOver} basePath={`/meetings/${meetingId}`} params={{}} /> : null}
    </Card>
  );
}
