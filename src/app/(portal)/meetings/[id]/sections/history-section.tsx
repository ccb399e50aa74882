import { Card } from "@/components/ui/card";
import type { MeetingPageView } from "@/server/meetings/get-meeting-page";
import { formatDateTime } from "@/lib/dates";
import { vi } from "@/messages/vi";
import { partyDocuments } from "@/messages/vi/party-documents";

/** Amendments after publication (printed), and the audit history of the meeting (on screen). */
export function HistorySection({ view }: { view: MeetingPageView }) {
  const { meeting, history } = view;
  return (
    <>
      {meeting.amendments.length ? (
        <Card title={vi.meetings.amendments}>
          <ul className="space-y-1 text-sm">
            {meeting.amendments.map((row) => (
              <li key={row.id}>
                {formatDateTime(row.createdAt)} — {row.author.fullName}: {row.reason}
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
      <Card title={vi.meetings.history} className="no-print">
        {history.length === 0 ? (
          <p className="text-sm text-slate-500">{vi.meetings.historyEmpty}</p>
        ) : (
          <ul className="space-y-1 text-sm" data-testid="meeting-history">
            {history.map((row) => {
              const after = row.after as { status?: keyof typeof vi.meetingStatus } | null;
              return (
                <li key={row.id}>
                  <span className="text-slate-500">{formatDateTime(row.at)}</span> — {row.actor?.fullName ?? vi.audit.system}:{" "}
                  {vi.meetings.action[row.action] ?? partyDocuments.auditActions[row.action] ?? row.action}
                  {row.action === "meeting.transition" && after?.status ? ` → ${vi.meetingStatus[after.status]}` : ""}
                  {row.action !== "meeting.transition" && row.changed.length
                    ? ` (${[...new Set(row.changed.map((field) => vi.meetings.field[field] ?? field))].join(", ")})`
                    : ""}
                </li>
              );
            })}
          </ul>
        )}
      </Card>
    </>
  );
}
