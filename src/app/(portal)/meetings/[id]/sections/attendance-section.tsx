import { Card } from "@/components/ui/card";
import type { MeetingPageView } from "@/server/meetings/get-meeting-page";
import { vi } from "@/messages/vi";
import { summarizeRollCall } from "@/lib/roll-call-summary";
import { meetingRecordVi } from "@/messages/vi/meeting-record";
import { EditableSection } from "@/components/editable-section";
import { AttendanceEditor } from "../lazy-editors";
import { editedMeeting } from "./edited-meeting";

/** Who attended, as recorded; for those who may change it, a button that opens the editor. */
export function AttendanceSection({ view }: { view: MeetingPageView }) {
  const { meeting, flags } = view;
  const counts = summarizeRollCall(meeting.attendances);
  const rollCall = meeting.attendances.length ? (
    <div className="space-y-2">
      <p className="text-sm font-medium" data-testid="roll-call-count">
        {meetingRecordVi.rollCall.summary(counts.present, counts.expected, counts.unknownDelegations)}
      </p>
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
  ) : (
    <p className="text-sm text-slate-500">{vi.meetings.noAttendees}</p>
  );
  return (
    <Card title={vi.meetings.attendance}>
      <EditableSection
        editLabel={vi.meetings.editAttendance}
        editor={
          flags.writable ? (
            <AttendanceEditor
              {...editedMeeting(view)}
              attendees={meeting.attendances.map(({ organization: _organization, ...row }) => row)}
            />
          ) : null
        }
      >
        {rollCall}
      </EditableSection>
    </Card>
  );
}
