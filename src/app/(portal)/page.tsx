import Link from "next/link";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { StatusBadge } from "@/components/ui/status-badge";
import { requireActor } from "@/server/auth/session";
import { getHomeSummary } from "@/server/home/get-home-summary";
import { formatDate, formatDateTime } from "@/lib/dates";
import { formatPeriod } from "@/lib/periods";
import { isOverdue } from "@/lib/directives";
import { vi } from "@/messages/vi";

function Figure({ label, value, href }: { label: string; value: number; href: string }) {
  return (
    <Link href={href} className="tile">
      <span className="block text-3xl font-semibold text-slate-900">{value}</span>
      <span className="mt-1 block text-sm text-slate-600">{label}</span>
    </Link>
  );
}

export default async function HomePage() {
  const actor = await requireActor();
  const summary = await getHomeSummary(actor);
  const meetingList = summary.upcomingMeetings ?? summary.publishedMeetings;
  return (
    <>
      <PageHeader
        title={vi.home.greeting(actor.fullName)}
        description={`${vi.roles[actor.role]} · ${vi.home.scope(actor.unitName)}`}
      />
      <div className="mb-6 grid grid-cols-2 gap-4 lg:grid-cols-4">
        {summary.awaitingApproval !== null ? (
          <Figure label={vi.home.approvalsPending} value={summary.awaitingApproval} href="/meetings?status=HELD" />
        ) : null}
        {summary.reportsToReview !== null ? (
          <Figure label={vi.home.reportsToReview} value={summary.reportsToReview} href="/reports?status=SUBMITTED" />
        ) : null}
        {summary.directiveCounts ? (
          <Figure label={vi.home.directivesOpen} value={summary.directiveCounts.open} href="/directives" />
        ) : null}
        {summary.directiveCounts ? (
          <Figure label={vi.home.directivesOverdue} value={summary.directiveCounts.overdue} href="/directives?overdue=1" />
        ) : null}
        {summary.activeUsers !== null ? (
          <Figure label={vi.home.usersActive} value={summary.activeUsers} href="/admin/users" />
        ) : null}
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        {meetingList ? (
          <Card title={summary.upcomingMeetings ? vi.home.upcomingMeetings : vi.home.publishedMeetings}>
            {meetingList.length === 0 ? (
              <EmptyState />
            ) : (
              <ul className="divide-y divide-slate-100">
                {meetingList.map((meeting) => (
                  <li key={meeting.id} className="py-2">
                    <Link href={`/meetings/${meeting.id}`} className="font-medium text-slate-900 hover:underline">
                      {meeting.title}
                    </Link>
                    <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-slate-600">
                      <StatusBadge status={meeting.status} label={vi.meetingStatus[meeting.status]} />
                      {formatDateTime(meeting.startsAt)} {meeting.place ? `· ${meeting.place}` : ""}
                    </p>
                  </li>
                ))}
              </ul>
            )}
          </Card>
        ) : null}
        {summary.reportsOwed ? (
          <Card title={vi.home.reportsOwed}>
            {summary.reportsOwed.length === 0 ? (
              <EmptyState />
            ) : (
              <ul className="divide-y divide-slate-100">
                {summary.reportsOwed.map((owed) => (
                  <li key={owed.period.id} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm">
                    <span>
                      <Link
                        href={owed.report ? `/reports/${owed.report.id}` : "/reports"}
                        className="font-medium text-slate-900 hover:underline"
                      >
                        {formatPeriod(owed.period)}
                      </Link>
                      {owed.report ? (
                        <span className="ml-2">
                          <StatusBadge status={owed.report.status} label={vi.reportStatus[owed.report.status]} />
                        </span>
                      ) : null}
                    </span>
                    <span className="text-slate-600">
                      {formatDateTime(owed.deadline)} ·{" "}
                      {owed.daysLate !== null ? (
                        <span className="font-medium text-red-700">{vi.reports.daysLate(owed.daysLate)}</span>
                      ) : (
                        <span className="font-medium">{vi.reports.daysLeft(owed.daysLeft ?? 0)}</span>
                      )}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </Card>
        ) : null}
        {summary.myDirectives ? (
          <Card title={vi.directives.myTasks}>
            {summary.myDirectives.length === 0 ? (
              <EmptyState />
            ) : (
              <ul className="divide-y divide-slate-100">
                {summary.myDirectives.map((directive) => (
                  <li key={directive.id} className="py-2 text-sm">
                    <p>
                      <Link href={`/directives/${directive.id}`} className="font-medium text-slate-900 hover:underline">
                        {directive.content}
                      </Link>
                    </p>
                    <p className="mt-1 flex items-center gap-2 text-slate-600">
                      <StatusBadge status={directive.status} label={vi.directiveStatus[directive.status]} />
                      {isOverdue(directive) ? <StatusBadge status="OVERDUE" label={vi.directives.overdue} /> : null}
                      {formatDate(directive.dueDate)}
                    </p>
                  </li>
                ))}
              </ul>
            )}
          </Card>
        ) : null}
        {summary.notifications.length > 0 ? (
          <Card title={vi.reports.notifications}>
            <ul className="divide-y divide-slate-100 text-sm" data-testid="notifications">
              {summary.notifications.map((item) => (
                <li key={item.id} className="py-2">
                  {item.link ? (
                    <Link href={item.link} className="font-medium text-slate-900 hover:underline">
                      {item.title}
                    </Link>
                  ) : (
                    <span className="font-medium">{item.title}</span>
                  )}
                  {item.body ? <p className="text-slate-600">{item.body}</p> : null}
                  <p className="text-xs text-slate-500">{formatDateTime(item.createdAt)}</p>
                </li>
              ))}
            </ul>
          </Card>
        ) : null}
        {summary.recentAudit ? (
          <Card title={vi.home.recentAudit}>
            {summary.recentAudit.length === 0 ? (
              <EmptyState />
            ) : (
              <ul className="divide-y divide-slate-100 text-sm">
                {summary.recentAudit.map((entry) => (
                  <li key={entry.id} className="flex justify-between gap-2 py-2">
                    <span>
                      <span className="font-mono text-xs">{entry.action}</span> · {entry.actor?.username ?? vi.audit.system}
                    </span>
                    <span className="text-slate-500">{formatDateTime(entry.at)}</span>
                  </li>
                ))}
              </ul>
            )}
          </Card>
        ) : null}
      </div>
    </>
  );
}
