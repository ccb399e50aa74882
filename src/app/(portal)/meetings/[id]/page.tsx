import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { StatusBadge } from "@/components/ui/status-badge";
import { can } from "@/server/auth/policy";
import { requirePermission } from "@/server/auth/session";
import { getMeetingNews } from "@/server/news/get-meeting-news";
import { listMeetingNotices } from "@/server/notices/list-meeting-notices";
import { isAppError } from "@/server/errors";
import { getMinutesDraft } from "@/server/meetings/autosave-draft";
import { getMeeting, listCarryOver } from "@/server/meetings/get-meeting";
import { listDirectory, listMeetingFormOptions } from "@/server/meetings/meeting-form-options";
import { formatDate, formatDateTime, toVietnamInputValue, vietnamDay } from "@/lib/dates";
import { formatPeriod } from "@/lib/periods";
import { vi } from "@/messages/vi";
import { updateMeetingDetailsAction } from "../actions";
import { MeetingForm } from "../meeting-form";
import { AttendanceEditor } from "./attendance-editor";
import { DirectivesEditor } from "./directives-editor";
import { MinutesEditor } from "./minutes-editor";
import { NoticePanel } from "./notices/notice-panel";
import { TransitionForm } from "./transition-form";
import { recordKeys } from "@/server/http/route-params";

export const metadata: Metadata = { title: vi.meetings.title };

export default async function MeetingPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePermission("read:meeting");
  const { id } = await recordKeys(params);
  const loaded = await getMeeting({ actor, meetingId: id }).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const { meeting, history, permissions } = loaded;
  const writable = permissions.edit || permissions.amend;
  const [carryOver, draft, people, options, notices, news] = await Promise.all([
    listCarryOver({ actor, meetingId: id }),
    writable ? getMinutesDraft({ actor, meetingId: id }) : null,
    writable ? listDirectory(meeting.unit.path) : [],
    writable ? listMeetingFormOptions(actor) : null,
    can(actor, "read:notice") ? listMeetingNotices({ actor, meetingId: id }) : null,
    getMeetingNews({ actor, meetingId: id, unitPath: meeting.unit.path }),
  ]);
  const concluded = meeting.status === "CONCLUDED" || meeting.status === "PUBLISHED";
  const organizations = options?.units.find((unit) => unit.id === meeting.unitId)?.organizations ?? [];
  const published = meeting.status === "PUBLISHED";
  const attendeeLabel = (row: (typeof meeting.attendances)[number]) =>
    `${row.fullName}${row.position ? `, ${row.position}` : ""}`;
  return (
    <>
      <PageHeader
        title={meeting.title}
        description={`${meeting.unit.name} · ${formatPeriod(meeting.period)} · ${vi.meetingKind[meeting.kind]}`}
        actions={
          <>
            {can(actor, "read:report", { unitPath: meeting.unit.path }) ? (
              <Link
                className="no-print text-sm text-brand-700 underline"
                href={`/reports/digest?period=${meeting.periodId}&unit=${meeting.unitId}`}
              >
                {vi.digest.title}
              </Link>
            ) : null}
            <a className="no-print text-sm text-brand-700 underline" href={`/meetings/${meeting.id}/minutes.pdf`}>
              {vi.minutes.download}
            </a>
            <StatusBadge status={meeting.status} label={vi.meetingStatus[meeting.status]} />
          </>
        }
      />
      <div className="space-y-6">
        <Card title={vi.meetings.details}>
          <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-2">
            <div>
              <dt className="text-slate-500">{vi.meetings.startsAt}</dt>
              <dd>{formatDateTime(meeting.startsAt)}</dd>
            </div>
            <div>
              <dt className="text-slate-500">{vi.meetings.place}</dt>
              <dd>{meeting.place}</dd>
            </div>
            <div>
              <dt className="text-slate-500">{vi.meetings.chair}</dt>
              <dd>{meeting.chairName ? `${meeting.chairName}, ${meeting.chairPosition ?? ""}` : ""}</dd>
            </div>
            <div>
              <dt className="text-slate-500">{vi.meetings.reportDeadline}</dt>
              <dd>{formatDateTime(meeting.reportDeadline)}</dd>
            </div>
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
          {permissions.nextStep ? (
            <div className="no-print mt-4 border-t border-slate-100 pt-4">
              <h3 className="mb-2 text-sm font-semibold">{vi.meetings.lifecycle}</h3>
              <TransitionForm meetingId={meeting.id} version={meeting.version} to={permissions.nextStep as "SCHEDULED"} />
            </div>
          ) : null}
          {writable && options ? (
            <details className="no-print mt-4 border-t border-slate-100 pt-4">
              <summary className="cursor-pointer text-sm font-medium text-brand-700">{vi.meetings.editDetails}</summary>
              <div className="mt-3">
                <MeetingForm
                  key={meeting.version}
                  action={updateMeetingDetailsAction}
                  options={options}
                  meeting={{
                    meetingId: meeting.id,
                    version: meeting.version,
                    unitId: meeting.unitId,
                    periodId: meeting.periodId,
                    kind: meeting.kind,
                    title: meeting.title,
                    startsAt: toVietnamInputValue(meeting.startsAt),
                    place: meeting.place ?? "",
                    chairPersonId: meeting.chairPersonId ?? "",
                    chairLabel: meeting.chairName ? `${meeting.chairName}, ${meeting.chairPosition ?? ""}` : "",
                    invitedOrganizationIds: meeting.invitations.map((row) => row.organizationId),
                    reportDeadline: toVietnamInputValue(meeting.reportDeadline),
                    published,
                  }}
                />
              </div>
            </details>
          ) : null}
          {!writable && !permissions.nextStep ? (
            <p className="no-print mt-3 text-xs text-slate-500">{vi.meetings.readOnly}</p>
          ) : null}
        </Card>

        <Card title={vi.meetings.carryOver} className="no-print">
          {carryOver.length === 0 ? (
            <p className="text-sm text-slate-500">{vi.meetings.carryOverEmpty}</p>
          ) : (
            <ul className="space-y-2 text-sm">
              {carryOver.map((item) => (
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
        </Card>

        <Card title={vi.meetings.attendance}>
          {writable ? (
            <div className="no-print">
              <AttendanceEditor
                meetingId={meeting.id}
                version={meeting.version}
                published={published}
                attendees={meeting.attendances.map(({ organization: _organization, ...row }) => row)}
                people={people}
                organizations={organizations}
              />
            </div>
          ) : null}
          <div className={writable ? "hidden print:block" : undefined}>
            <ul className="space-y-1 text-sm">
              {meeting.attendances.map((row) => (
                <li key={row.id}>
                  <span className="font-medium">{row.fullName}</span>
                  {row.position ? `, ${row.position}` : ""} — {vi.meetings.attendanceRole[row.role]}
                  {row.absent ? ` (${vi.meetings.absent})` : ""}
                </li>
              ))}
            </ul>
          </div>
        </Card>

        <Card title={vi.meetings.minutes}>
          {writable ? (
            <div className="no-print">
              <MinutesEditor
                meetingId={meeting.id}
                version={meeting.version}
                published={published}
                minutes={{
                  situationSummary: meeting.situationSummary,
                  conclusionText: meeting.conclusionText,
                  remarks: meeting.remarks.map((row) => ({
                    attendanceId: row.attendanceId,
                    body: row.body,
                  })),
                }}
                draft={
                  draft
                    ? {
                        data: draft.data,
                        updatedAt: draft.updatedAt.toISOString(),
                      }
                    : null
                }
                attendees={meeting.attendances.map((row) => ({
                  id: row.id,
                  label: attendeeLabel(row),
                }))}
              />
            </div>
          ) : null}
          <div className={writable ? "hidden print:block" : undefined}>
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
          </div>
        </Card>

        <Card title={vi.meetings.directives}>
          {writable ? (
            <div className="no-print">
              <DirectivesEditor
                meetingId={meeting.id}
                version={meeting.version}
                published={published}
                organizations={organizations}
                directives={meeting.directives.map((row) => ({
                  id: row.id,
                  content: row.content,
                  category: row.category,
                  dueDate: row.dueDate ? vietnamDay(row.dueDate) : "",
                  leadOrganizationIds: row.organizations.filter((org) => org.role === "LEAD").map((org) => org.organizationId),
                  supportOrganizationIds: row.organizations
                    .filter((org) => org.role === "SUPPORT")
                    .map((org) => org.organizationId),
                }))}
              />
            </div>
          ) : null}
          <div className={writable ? "hidden print:block" : undefined}>
            <ol className="list-decimal space-y-2 pl-5 text-sm">
              {meeting.directives.map((row) => (
                <li key={row.id}>
                  <p>
                    <Link className="hover:underline" href={`/directives/${row.id}`}>
                      {row.content}
                    </Link>
                  </p>
                  <p className="text-xs text-slate-600">
                    {vi.meetings.lead}:{" "}
                    {row.organizations
                      .filter((org) => org.role === "LEAD")
                      .map((org) => org.organization.shortName)
                      .join(", ")}
                    {row.organizations.some((org) => org.role === "SUPPORT")
                      ? ` · ${vi.meetings.support}: ${row.organizations
                          .filter((org) => org.role === "SUPPORT")
                          .map((org) => org.organization.shortName)
                          .join(", ")}`
                      : ""}
                    {row.dueDate ? ` · ${vi.meetings.dueDate}: ${formatDate(row.dueDate)}` : ""}
                  </p>
                </li>
              ))}
            </ol>
          </div>
          {meeting.documents.length ? (
            <p className="mt-4 text-sm">
              <span className="font-medium">{vi.meetings.documents}: </span>
              {meeting.documents.map((row, index) => (
                <span key={row.document.id}>
                  {index ? ", " : ""}
                  <Link className="underline" href={`/documents?q=${encodeURIComponent(row.document.code)}`}>
                    {row.document.code}
                  </Link>
                </span>
              ))}
            </p>
          ) : null}
        </Card>

        {notices && (concluded || notices.length > 0) ? (
          <Card title={vi.notices.title} className="no-print">
            <NoticePanel
              meetingId={meeting.id}
              mayDraft={concluded && can(actor, "draft:notice", { unitPath: meeting.unit.path })}
              notices={notices.map(({ issuedAt, approvedAt: _approvedAt, ...notice }) => ({
                ...notice,
                issuedLabel: notice.code && issuedAt ? vi.notices.issuedAs(notice.code, formatDate(issuedAt)) : null,
              }))}
            />
          </Card>
        ) : null}

        {can(actor, "manage:news", { unitPath: meeting.unit.path }) && (concluded || news) ? (
          <Card title={vi.news.panelTitle} className="no-print">
            <div className="flex flex-wrap items-center gap-3 text-sm">
              {news ? (
                <>
                  <StatusBadge status={news.status} label={vi.news.status[news.status]} />
                  <span>{news.title}</span>
                  <Link className={buttonClass("secondary")} href={`/meetings/${meeting.id}/news`}>
                    {vi.news.edit}
                  </Link>
                  {news.status === "PUBLISHED" ? (
                    <a className="text-brand-700 underline" href={`/news/${news.slug}`}>
                      {vi.news.publicLink}
                    </a>
                  ) : null}
                </>
              ) : (
                <Link className={buttonClass()} href={`/meetings/${meeting.id}/news`}>
                  {vi.news.draft}
                </Link>
              )}
            </div>
          </Card>
        ) : null}

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
                const after = row.after as {
                  status?: keyof typeof vi.meetingStatus;
                } | null;
                return (
                  <li key={row.id}>
                    <span className="text-slate-500">{formatDateTime(row.at)}</span> — {row.actor?.fullName ?? vi.audit.system}:{" "}
                    {vi.meetings.action[row.action] ?? row.action}
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
      </div>
    </>
  );
}
