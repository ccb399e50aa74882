"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { TextAreaField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { HiddenFields } from "@/components/ui/hidden-fields";
import { initialFormState } from "@/lib/form-state";
import { news } from "@/messages/vi/news";
import { draftNewsAction, publishNewsAction, saveNewsAction, uploadCoverAction } from "./actions";
import { RichTextEditor } from "./rich-text-editor";

/** Only the messages this module shows (the client bundle carries no other catalogue). */
const vi = { news };

export interface NewsView {
  id: string;
  slug: string;
  title: string;
  summary: string;
  bodyHtml: string;
  status: "DRAFT" | "PUBLISHED" | "UNPUBLISHED";
  version: number;
  coverAttachmentId: string | null;
}

export function DraftNewsButton({ meetingId }: { meetingId: string }) {
  const [state, formAction, pending] = useActionState(draftNewsAction, initialFormState);
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="meetingId" value={meetingId} />
      <Button type="submit" disabled={pending}>
        {vi.news.draft}
      </Button>
      <FormMessage state={state} />
    </form>
  );
}

export function NewsEditor({ meetingId, item }: { meetingId: string; item: NewsView }) {
  const [state, formAction, pending] = useActionState(saveNewsAction, initialFormState);
  const value = (name: "title" | "summary" | "bodyHtml") => state.values?.[name] ?? item[name];
  return (
    <form action={formAction} className="space-y-3" noValidate>
      <FormMessage state={state} />
      <HiddenFields fields={{ meetingId, newsId: item.id, version: item.version }} />
      <TextField label={vi.news.titleField} name="title" defaultValue={value("title")} error={state.fieldErrors?.title} />
      <TextAreaField
        label={vi.news.summary}
        name="summary"
        rows={3}
        defaultValue={value("summary")}
        error={state.fieldErrors?.summary}
      />
      <RichTextEditor name="bodyHtml" label={vi.news.body} initialHtml={value("bodyHtml")} />
      <p className="text-xs text-slate-500">{vi.news.sanitizedNote}</p>
      {state.fieldErrors?.bodyHtml ? (
        <p role="alert" className="text-sm text-red-700">
          {state.fieldErrors.bodyHtml}
        </p>
      ) : null}
      <Button type="submit" disabled={pending}>
        {vi.news.save}
      </Button>
    </form>
  );
}

export function PublishButton({ meetingId, item }: { meetingId: string; item: NewsView }) {
  const [state, formAction, pending] = useActionState(publishNewsAction, initialFormState);
  const publish = item.status !== "PUBLISHED";
  return (
    <form
      action={formAction}
      className="space-y-2"
      onSubmit={(event) => {
        if (!publish && !window.confirm(vi.news.confirmUnpublish)) event.preventDefault();
      }}
    >
      <input type="hidden" name="meetingId" value={meetingId} />
      <input type="hidden" name="newsId" value={item.id} />
      <input type="hidden" name="published" value={String(publish)} />
      <Button type="submit" variant={publish ? "primary" : "danger"} disabled={pending}>
        {publish ? vi.news.publish : vi.news.unpublish}
      </Button>
      <FormMessage state={state} />
    </form>
  );
}

export function CoverUpload({ meetingId, item }: { meetingId: string; item: NewsView }) {
  const [state, formAction, pending] = useActionState(uploadCoverAction, initialFormState);
  return (
    <form action={formAction} className="space-y-3" aria-label={vi.news.coverUpload}>
      <FormMessage state={state} />
      {item.coverAttachmentId ? (
        // eslint-disable-next-line @next/next/no-img-element
        <img
          src={`/news/cover/${item.coverAttachmentId}`}
          alt={vi.news.cover}
          className="max-h-48 rounded-md border border-slate-200"
        />
      ) : null}
      <input type="hidden" name="meetingId" value={meetingId} />
      <input type="hidden" name="newsId" value={item.id} />
      <TextField
        label={vi.news.cover}
        name="cover"
        type="file"
        accept=".png,.jpg,.jpeg,image/png,image/jpeg"
        error={state.fieldErrors?.cover}
      />
      <Button type="submit" variant="secondary" disabled={pending}>
        {vi.news.coverUpload}
      </Button>
    </form>
  );
}
