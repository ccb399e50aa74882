import { EditableSection } from "@/components/editable-section";
import { Card } from "@/components/ui/card";
import type { MeetingPageView } from "@/server/meetings/get-meeting-page";
import { vi } from "@/messages/vi";
import { MinutesEditor } from "../lazy-editors";
import { attendeeLabel } from "./attendee-label";
import { editedMeeting } from "./edited-meeting";

/** The situation, the remarks and the conclusion as recorded; a button opens the editor. */
export function MinutesSection({ view }: { view: MeetingPageView }) {
  const { meeting, flags, draft } = view;
  const recorded = (
    <div className="space-y-3 text-sm">
      <h3 className="font-semibold">{vi.meetings.situationSummary}</h3>
      <p className="whitespace-pre-line">{meeting.situationSummary}</p>
      <h3 className="font-semibold">{vi.meetings.remarks}</h3>
      {meeting.remarks.map((remark) => {
        const by = meeting.attendances.find((row) => row.id === remark.attendanceId);
        return (
          <p key={remark.id} className="whitespace-pre-line">
            {by ? <strong>{attendeeLabel(by)}: </strong> : null}
            {remark.body}
          </p>
        );
      })}
      <h3 className="font-semibold">{vi.meetings.conclusionText}</h3>
      <p className="whitespace-pre-line">{meeting.conclusionText}</p>
    </div>
  );
  return (
    <Card title={vi.meetings.minutes}>
      <EditableSection
        editLabel={vi.meetings.editMinutes}
        // An autosaved draft left by a reload or a closed tab: the editor opens to offer it back.
        startOpen={draft !== null}
        editor={
          flags.writable ? (
            <MinutesEditor
              {...editedMeeting(view)}
              minutes={{
                situationSummary: meeting.situationSummary,
                conclusionText: meeting.conclusionText,
                remarks: meeting.remarks.map((row) => ({ attendanceId: row.attendanceId, body: row.body })),
              }}
              draft={draft ? { data: draft.data, updatedAt: draft.updatedAt.toISOString() } : null}
              attendees={meeting.attendances.map((row) => ({ id: row.id, label: attendeeLabel(row) }))}
            />
          ) : null
        }
      >
        {recorded}
      </EditableSection>
    </Card>
  );
}
