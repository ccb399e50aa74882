"use client";

import { useActionState } from "react";
import { Button, buttonClass } from "@/components/ui/button";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { HiddenFields } from "@/components/ui/hidden-fields";
import { StatusBadge } from "@/components/ui/status-badge";
import { ActionButton } from "@/components/forms/action-button";
import { IssueNumberForm } from "@/components/forms/issue-number-form";
import { initialFormState, keptField } from "@/lib/form-state";
import type { NoticeText } from "@/lib/notice-text";
import { app } from "@/messages/vi/app";
import { noticePanel, noticeSigning } from "@/messages/vi/notice-panel";
import {
  approveNoticeAction,
  cancelNoticeAction,
  correctNoticeAction,
  draftNoticeAction,
  issueNoticeAction,
  updateNoticeAction,
} from "./actions";

/** Only the messages this module shows (the client bundle carries no other catalogue). */
const vi = { app, notices: noticePanel };

export interface NoticeView extends NoticeText {
  id: string;
  status: "DRAFT" | "APPROVED" | "ISSUED" | "CANCELLED";
  version: number;
  issuedLabel: string | null;
  cancelReason: string | null;
  replacesId: string | null;
  pdfSha256: string | null;
  may: { edit: boolean; approve: boolean; issue: boolean; cancel: boolean; correct: boolean };
}

function NoticeEditor({ meetingId, notice }: { meetingId: string; notice: NoticeView }) {
  const [state, formAction, pending] = useActionState(updateNoticeAction, initialFormState);
  const value = (name: keyof NoticeView) => state.values?.[name] ?? String(notice[name] ?? "");
  const error = (name: string) => state.fieldErrors?.[name];
  return (
    <form action={formAction} className="space-y-3" noValidate>
      <FormMessage state={state} />
      <HiddenFields fields={{ meetingId, noticeId: notice.id, version: notice.version }} />
      <TextField label={vi.notices.subject} name="subject" defaultValue={value("subject")} error={error("subject")} />
      <TextAreaField label={vi.notices.body} name="body" rows={10} defaultValue={value("body")} error={error("body")} />
      <div className="grid gap-3 md:grid-cols-3">
        <SelectField
          label={noticeSigning.signing}
          name="signerTitle"
          defaultValue={value("signerTitle").startsWith("T/L") ? noticeSigning.byOrder : noticeSigning.onBehalf}
          error={error("signerTitle")}
        >
          <option value={noticeSigning.onBehalf}>{noticeSigning.signingBoard}</option>
          <option value={noticeSigning.byOrder}>{noticeSigning.signingOffice}</option>
        </SelectField>
        <TextField
          label={vi.notices.signerPosition}
          name="signerPosition"
          defaultValue={value("signerPosition")}
          error={error("signerPosition")}
        />
        <TextField
          label={vi.notices.signerName}
          name="signerName"
          defaultValue={value("signerName")}
          error={error("signerName")}
        />
      </div>
      <TextAreaField
        label={vi.notices.recipients}
        name="recipients"
        rows={5}
        defaultValue={value("recipients")}
        error={error("recipients")}
      />
      <Button type="submit" disabled={pending}>
        {vi.app.save}
      </Button>
    </form>
  );
}

function CancelForm({ meetingId, noticeId }: { meetingId: string; noticeId: string }) {
  const [state, formAction, pending] = useActionState(cancelNoticeAction, initialFormState);
  return (
    <details className="rounded-md border border-slate-200 p-3">
      <summary className="cursor-pointer text-sm font-medium text-red-700">{vi.notices.cancel}</summary>
      <form action={formAction} className="mt-3 space-y-2" noValidate>
        <FormMessage state={state} />
        <HiddenFields fields={{ meetingId, noticeId }} />
        <TextField label={vi.notices.cancelReason} {...keptField(state, "reason")} />
        <Button type="submit" variant="danger" disabled={pending}>
          {vi.notices.cancel}
        </Button>
      </form>
    </details>
  );
}

/** The meeting's conclusion notices: draft, approve, issue with a number, download, cancel, correct. */
export function NoticePanel({ meetingId, notices, mayDraft }: { meetingId: string; notices: NoticeView[]; mayDraft: boolean }) {
  const hasOpen = notices.some((notice) => notice.status === "DRAFT" || notice.status === "APPROVED");
  return (
    <div className="space-y-4" data-testid="notice-panel">
      {notices.length === 0 ? <p className="text-sm text-slate-500">{vi.notices.none}</p> : null}
      {notices.map((notice) => (
        <article key={notice.id} className="space-y-3 rounded-md border border-slate-200 p-3">
          <header className="flex flex-wrap items-center gap-2">
            <StatusBadge
              status={notice.status === "APPROVED" ? "SCHEDULED" : notice.status === "ISSUED" ? "PUBLISHED" : notice.status}
              label={vi.notices.status[notice.status]}
            />
            {notice.issuedLabel ? <span className="text-sm font-medium">{notice.issuedLabel}</span> : null}
            {notice.replacesId ? <span className="text-xs text-slate-500">{vi.notices.replaces}</span> : null}
          </header>
          <p className="text-sm">{notice.subject}</p>
          {notice.cancelReason ? (
            <p className="text-sm text-red-700">{vi.notices.cancelledBecause(notice.cancelReason)}</p>
          ) : null}
          {notice.pdfSha256 ? (
            <p className="break-all text-xs text-slate-500">
              {vi.notices.checksum}: {notice.pdfSha256}
            </p>
          ) : null}
          <div className="flex flex-wrap gap-2">
            <a className={buttonClass("secondary")} href={`/api/notices/${notice.id}/pdf`}>
              {notice.code ? vi.notices.downloadPdf : `${vi.notices.preview} PDF`}
            </a>
            <a className={buttonClass("secondary")} href={`/api/notices/${notice.id}/docx`}>
              {notice.code ? vi.notices.downloadDocx : `${vi.notices.preview} DOCX`}
            </a>
          </div>
          {notice.may.edit ? <NoticeEditor meetingId={meetingId} notice={notice} /> : null}
          <div className="flex flex-wrap gap-2">
            {notice.may.approve ? (
              <ActionButton action={approveNoticeAction} fields={{ meetingId, noticeId: notice.id }} label={vi.notices.approve} />
            ) : null}
            {notice.may.correct && !hasOpen ? (
              <ActionButton
                action={correctNoticeAction}
                fields={{ meetingId, noticeId: notice.id }}
                label={vi.notices.correct}
                variant="secondary"
              />
            ) : null}
          </div>
          {notice.may.issue ? (
            <IssueNumberForm
              action={issueNoticeAction}
              fields={{ meetingId, noticeId: notice.id }}
              confirm={vi.notices.confirmIssue}
              submit={vi.notices.issue}
              askIssuedOn
            />
          ) : null}
          {notice.may.cancel ? <CancelForm meetingId={meetingId} noticeId={notice.id} /> : null}
        </article>
      ))}
      {mayDraft && !hasOpen && notices.length === 0 ? (
        <ActionButton action={draftNoticeAction} fields={{ meetingId }} label={vi.notices.draft} />
      ) : null}
    </div>
  );
}
