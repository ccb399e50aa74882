import { EditableSection } from "@/components/editable-section";
import { Card } from "@/components/ui/card";
import type { MeetingPageView } from "@/server/meetings/get-meeting-page";
import { formatDateTime, toVietnamInputValue } from "@/lib/dates";
import { vi } from "@/messages/vi";
import { meetingRecordVi } from "@/messages/vi/meeting-record";
import { formatMeetingTime, meetingTimeInputValue } from "@/lib/meeting-time";

const f = meetingRecordVi.facts;
import { MeetingDetailsEditor } from "../lazy-editors";
import { TransitionForm } from "../transition-form";

/** When, where, who chairs and who is invited; the lifecycle step and the details editor. */
export function DetailsSection({ view }: { view: MeetingPageView }) {
  const { meeting, flags } = view;
  const chairLabel = meeting.chairName ? `${meeting.chairName}, ${meeting.chairPosition ?? ""}` : "";
  return (
    <Card title={vi.meetings.details}>
      <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-2">
        <div>
          <dt className="text-slate-500">{vi.meetings.startsAt}</dt>
          <dd data-testid="meeting-time">
            {formatMeetingTime(meeting.startsAt, meeting.datePrecision)}
            {meeting.endsAt ? ` – ${formatDateTime(meeting.endsAt)}` : ""}
          </dd>
        </div>
        {meeting.host ? (
          <div>
            <dt className="text-slate-500">{f.host}</dt>
            <dd>{f.hostOption[meeting.host]}</dd>
          </div>
        ) : null}
        <div>
          <dt className="text-slate-500">{vi.meetings.place}</dt>
          <dd>{meeting.place}</dd>
        </div>
        <div>
          <dt className="text-slate-500">{vi.meetings.chair}</dt>
          <dd>{chairLabel}</dd>
        </div>
        <div>
          <dt className="text-slate-500">{vi.meetings.reportDeadline}</dt>
          <dd>{formatDateTime(meeting.reportDeadline)}</dd>
        </div>
        {meeting.resultsText ? (
          <div className="sm:col-span-2">
            <dt className="text-slate-500">{f.resultsText}</dt>
            <dd className="whitespace-pre-line">{meeting.resultsText}</dd>
          </div>
        ) : null}
        {meeting.shortcomingsText ? (
          <div className="sm:col-span-2">
            <dt className="text-slate-500">{f.shortcomingsText}</dt>
            <dd className="whitespace-pre-line">{meeting.shortcomingsText}</dd>
          </div>
        ) : null}
        {meeting.internalNotes && flags.writable ? (
          <div className="no-print sm:col-span-2">
            <dt className="text-slate-500">{f.internalNotes}</dt>
            <dd className="whitespace-pre-line">{meeting.internalNotes}</dd>
          </div>
        ) : null}
        {meeting.sourceUrl || meeting.sourceTitle ? (
          <div className="sm:col-span-2">
            <dt className="text-slate-500">{f.sourceTitle}</dt>
            <dd data-testid="meeting-source">
              {/* A title without an address (a printed report) is shown as text. */}
              {meeting.sourceUrl ? (
                <a className="text-brand-700 underline" href={meeting.sourceUrl} rel="noopener noreferrer nofollow">
                  {meeting.sourceTitle || meeting.sourceUrl}
                </a>
              ) : (
                meeting.sourceTitle
              )}
            </dd>
          </div>
        ) : null}
        <div className="sm:col-span-2">
          <dt className="text-slate-500">{vi.meetings.invited}</dt>
          <dd>{meeting.invitations.map((row) => row.organization.name).join("; ")}</dd>
        </div>
      </dl>
      {meeting.approvedBy && meeting.approvedAt ? (
        <p className="mt-2 text-sm text-slate-600">
          {vi.meetings.approvedBy(meeting.approvedBy.fullName, formatDateTime(meeting.approvedAt))}
        </p>
      ) : null}
      {flags.nextStep ? (
        <div className="no-print mt-4 border-t border-slate-100 pt-4">
          <h3 className="mb-2 text-sm font-semibold">{vi.meetings.lifecycle}</h3>
          <TransitionForm meetingId={meeting.id} version={meeting.version} to={flags.nextStep as "SCHEDULED"} />
        </div>
      ) : null}
      {flags.writable ? (
        <div className="no-print mt-4 border-t border-slate-100 pt-4">
          <EditableSection
            editLabel={vi.meetings.editDetails}
            editor={
              <MeetingDetailsEditor
                meeting={{
                  meetingId: meeting.id,
                  version: meeting.version,
                  unitId: meeting.unitId,
                  periodId: meeting.periodId,
                  kind: meeting.kind,
                  title: meeting.title,
                  startsAt: meetingTimeInputValue(meeting.startsAt, meeting.datePrecision),
                  place: meeting.place ?? "",
                  chairPersonId: meeting.chairPersonId ?? "",
                  chairLabel,
                  invitedOrganizationIds: meeting.invitations.map((row) => row.organizationId),
                  reportDeadline: toVietnamInputValue(meeting.reportDeadline),
                  published: flags.published,
                  datePrecision: meeting.datePrecision,
                  endsAt: toVietnamInputValue(meeting.endsAt),
                  host: meeting.host ?? "",
                  resultsText: meeting.resultsText,
                  shortcomingsText: meeting.shortcomingsText,
                  internalNotes: meeting.internalNotes,
                  sourceUrl: meeting.sourceUrl ?? "",
                  sourceTitle: meeting.sourceTitle ?? "",
                  isArchive: meeting.isArchive,
                  companionPeriodIds: meeting.companionPeriods.map((row) => row.periodId),
                }}
              />
            }
          >
            {null}
          </EditableSection>
        </div>
      ) : null}
      {flags.readOnly ? <p className="no-print mt-3 text-xs text-slate-500">{vi.meetings.readOnly}</p> : null}
    </Card>
  );
}
