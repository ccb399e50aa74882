import { Card } from "@/components/ui/card";
import type { MeetingPageView } from "@/server/meetings/get-meeting-page";
import { vi } from "@/messages/vi";
import { meetingRecordVi } from "@/messages/vi/meeting-record";
import { AttendanceEditor } from "../lazy-editors";

/** Who attended; the editor for those who may change it, the printed list for everyone. */
export function AttendanceSection({ view }: { view: MeetingPageView }) {
  const { meeting, flags } = view;
  return (
    <Card title={vi.meetings.attendance}>
      {flags.writable ? (
        <div className="no-print">
          <AttendanceEditor
            meetingId={meeting.id}
            version={meeting.version}
            published={flags.published}
            attendees={meeting.attendances.map(({ organization: _organization, ...row }) => row)}
            people={view.people}
            organizations={view.organizations}
          />
        </div>
      ) : null}
      <div className={flags.writable ? "hidden print:block" : undefined}>
        <ul className="space-y-1 text-sm">
          {meeting.attendances.map((row) => (
            <li key={row.id}>
              <span className="font-medium">{row.fullName}</span>
              {row.position ? `, ${row.position}` : ""} — {vi.meetings.attendanceRole[row.role]}
              {row.kind === "DELEGATION"
                ? ` (${meetingRecordVi.rollCall.headCount}: ${row.headCount ?? meetingRecordVi.rollCall.headCountUnknown})`
                : ""}
              {row.presence !== "PRESENT"
                ? ` — ${meetingRecordVi.rollCall.presenceOption[row.presence]}${
                    row.absenceReason ? `: ${row.absenceReason}` : row.substituteFor ? ` ${row.substituteFor}` : ""
                  }`
                : ""}
            </li>
          ))}
        </ul>
      </div>
    </Card>
  );
}
