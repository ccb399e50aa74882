import type { Metadata } from "next";
import { directiveStatusLabel } from "@/lib/directives";
import { citationLabel } from "@/lib/document-codes";
import Link from "next/link";
import { ActionButton } from "@/components/forms/action-button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { StatusBadge } from "@/components/ui/status-badge";
import { requirePermission } from "@/server/auth/session";
import { getDirective } from "@/server/directives/get-directive";
import { orNotFound } from "@/server/http/or-not-found";
import { formatDate, formatDateTime } from "@/lib/dates";
import { formatPeriod } from "@/lib/periods";
import { vi } from "@/messages/vi";
import { cancelAction, confirmDoneAction, postProgressAction, proposeDoneAction, reopenAction } from "../actions";
import { ProgressForm, TextActionForm } from "./directive-forms";
import { recordKeys } from "@/server/http/route-params";

export const metadata: Metadata = { title: vi.directives.title };

async function load(id: string) {
  const actor = await requirePermission("read:directive");
  return orNotFound(getDirective({ actor, directiveId: id }));
}

/** The steps taken with one text field; each card's title and button are the step's name. */
const TEXT_ACTIONS = {
  proposeDone: { action: proposeDoneAction, field: "resultSummary", label: vi.directives.resultSummary, variant: "secondary" },
  reopen: { action: reopenAction, field: "reason", label: vi.directives.reopenReason, variant: "secondary" },
  cancel: { action: cancelAction, field: "reason", label: vi.directives.cancelReason, variant: "danger" },
} as const;

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="grid gap-1 py-2 sm:grid-cols-3">
      <dt className="text-sm text-slate-600">{label}</dt>
      <dd className="text-sm sm:col-span-2">{children}</dd>
    </div>
  );
}

export default async function DirectivePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await recordKeys(params);
  const { directive, permissions } = await load(id);
  const leads = directive.organizations.filter((row) => row.role === "LEAD");
  const supports = directive.organizations.filter((row) => row.role === "SUPPORT");
  const textActionCard = (step: keyof typeof TEXT_ACTIONS) =>
    permissions[step] ? (
      <Card title={vi.directives[step]}>
        <TextActionForm directiveId={directive.id} submit={vi.directives[step]} {...TEXT_ACTIONS[step]} />
      </Card>
    ) : null;
  return (
    <>
      <PageHeader
        title={directive.content}
        description={`${directive.meeting.title} · ${formatPeriod(directive.meeting.period)}`}
      />
      <p className="mb-4 text-sm">
        <Link href="/directives" className="link">
          {vi.directives.backToBoard}
        </Link>
      </p>
      <div className="grid gap-4 lg:grid-cols-3">
        <div className="space-y-4 lg:col-span-2">
          <Card>
            <dl className="divide-y divide-slate-100">
              <Row label={vi.directives.status}>
                <span className="flex flex-wrap gap-1" data-testid="directive-status">
                  <StatusBadge status={directive.status} label={directiveStatusLabel(directive)} />
                  {directive.overdue ? <StatusBadge status="OVERDUE" label={vi.directives.overdue} /> : null}
                </span>
                {directive.status === "IN_PROGRESS" && directive.doneProposedAt ? (
                  <p className="mt-1 text-slate-600">{vi.directives.awaitingConfirmation}</p>
                ) : null}
              </Row>
              <Row label={vi.directives.meeting}>
                <Link href={`/meetings/${directive.meeting.id}`} className="link">
                  {directive.meeting.title}
                </Link>
                <span className="block text-slate-600">
                  {directive.meeting.unit.name} · {formatDateTime(directive.meeting.startsAt)}
                </span>
              </Row>
              <Row label={vi.directives.lead}>{leads.map((row) => row.organization.name).join(", ") || "—"}</Row>
              <Row label={vi.directives.support}>{supports.map((row) => row.organization.name).join(", ") || "—"}</Row>
              <Row label={vi.directives.dueDate}>
                {directive.dueDate ? formatDate(directive.dueDate) : vi.directives.noDueDate}
              </Row>
              {directive.category ? <Row label={vi.directives.category}>{directive.category}</Row> : null}
              <Row label={vi.directives.documents}>
                {directive.documents.length === 0 ? (
                  "—"
                ) : (
                  <ul className="flex flex-wrap gap-2">
                    {directive.documents.map(({ document }) => (
                      <li key={document.id}>
                        <Link href={`/directives?document=${document.id}`} className="link">
                          {citationLabel(document)}
                        </Link>
                      </li>
                    ))}
                  </ul>
                )}
              </Row>
              {directive.resultSummary ? <Row label={vi.directives.resultSummary}>{directive.resultSummary}</Row> : null}
              {directive.completedAt ? (
                <Row label={vi.directives.completedAt}>{formatDateTime(directive.completedAt)}</Row>
              ) : null}
              {directive.cancelReason ? <Row label={vi.directives.cancelReason}>{directive.cancelReason}</Row> : null}
            </dl>
          </Card>
          <Card title={vi.directives.timeline}>
            {directive.updates.length === 0 ? (
              <p className="text-sm text-slate-500">{vi.directives.noUpdates}</p>
            ) : (
              <ol className="space-y-3 border-l-2 border-slate-200 pl-4 text-sm" data-testid="directive-timeline">
                {directive.updates.map((update) => (
                  <li key={update.id}>
                    <p className="font-medium">
                      {vi.directives.updateKind[update.kind]}
                      {update.percent !== null ? ` · ${update.percent}%` : ""}
                    </p>
                    <p className="whitespace-pre-line">{update.body}</p>
                    {update.attachments.length > 0 ? (
                      <ul className="mt-1">
                        {update.attachments.map((file) => (
                          <li key={file.id}>
                            <a className="link" href={`/directives/${directive.id}/attachments/${file.id}`} download>
                              {file.fileName}
                            </a>
                          </li>
                        ))}
                      </ul>
                    ) : null}
                    <p className="text-xs text-slate-500">
                      {vi.directives.by(update.author.fullName, update.organization?.shortName ?? "")} ·{" "}
                      {formatDateTime(update.createdAt)}
                    </p>
                  </li>
                ))}
              </ol>
            )}
          </Card>
          <Card title={vi.directives.reviews}>
            {directive.reviews.length === 0 ? (
              <p className="text-sm text-slate-500">{vi.directives.noReviews}</p>
            ) : (
              <ul className="divide-y divide-slate-100 text-sm">
                {directive.reviews.map((review) => (
                  <li key={review.meeting.id} className="py-2">
                    <Link href={`/meetings/${review.meeting.id}`} className="link">
                      {review.meeting.title}
                    </Link>
                    <span className="ml-2 text-slate-600">{formatDateTime(review.meeting.startsAt)}</span>
                    {review.note ? <p className="text-slate-600">{review.note}</p> : null}
                  </li>
                ))}
              </ul>
            )}
          </Card>
        </div>
        <div className="space-y-4">
          {permissions.progress ? (
            <Card title={vi.directives.postProgress}>
              <ProgressForm action={postProgressAction} directiveId={directive.id} />
            </Card>
          ) : null}
          {textActionCard("proposeDone")}
          {permissions.confirm ? (
            <Card title={vi.directives.confirmDone}>
              <ActionButton
                action={confirmDoneAction}
                fields={{ directiveId: directive.id }}
                label={vi.directives.confirmDone}
                labelled
              />
            </Card>
          ) : null}
          {textActionCard("reopen")}
          {textActionCard("cancel")}
        </div>
      </div>
    </>
  );
}
