"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { initialFormState } from "@/lib/form-state";
import { ATTACHMENT_KINDS } from "@/server/attachments/form-fields";
import { attachmentForm } from "@/messages/vi/attachment-form";
import { uploadMeetingAttachmentAction } from "./actions";

/** Uploads a meeting document; the kind and the notice chosen stay selected after a refusal. */
export function MeetingAttachmentUpload({
  meetingId,
  issuedNotices,
}: {
  meetingId: string;
  issuedNotices: { id: string; code: string }[];
}) {
  const t = attachmentForm;
  const [state, formAction, pending] = useActionState(uploadMeetingAttachmentAction, initialFormState);
  return (
    <form action={formAction} className="space-y-3" aria-label={t.upload} noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="meetingId" value={meetingId} />
      <div className="grid gap-3 md:grid-cols-3">
        {/* Keyed by the kept value: a select takes its default only when mounted, and React resets the form after each answer. */}
        <SelectField
          key={state.values?.kind ?? "INVITATION"}
          id="meeting-attachment-kind"
          label={t.kindLabel}
          name="kind"
          defaultValue={state.values?.kind ?? "INVITATION"}
          error={state.fieldErrors?.kind}
        >
          {ATTACHMENT_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t.kind[kind]}
            </option>
          ))}
        </SelectField>
        {issuedNotices.length ? (
          <SelectField
            key={state.values?.noticeId ?? issuedNotices[0].id}
            id="meeting-attachment-notice"
            label={t.noticeLabel}
            name="noticeId"
            defaultValue={state.values?.noticeId ?? issuedNotices[0].id}
            error={state.fieldErrors?.noticeId}
          >
            {issuedNotices.map((notice) => (
              <option key={notice.id} value={notice.id}>
                {notice.code}
              </option>
            ))}
          </SelectField>
        ) : null}
        <TextField
          id="meeting-attachment-file"
          label={t.fileLabel}
          name="file"
          type="file"
          accept=".pdf,.docx,.xlsx,.png,.jpg,.jpeg"
          error={state.fieldErrors?.file}
        />
      </div>
      <Button type="submit" variant="secondary" disabled={pending}>
        {t.upload}
      </Button>
    </form>
  );
}
