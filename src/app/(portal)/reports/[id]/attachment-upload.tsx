"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { initialFormState, type FormState } from "@/lib/form-state";
import { reports } from "@/messages/vi/reports";

/** Only the messages this module shows (the client bundle carries no other catalogue). */
const vi = { reports };

export function AttachmentUpload({
  action,
  reportId,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  reportId: string;
}) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="space-y-3" aria-label={vi.reports.upload}>
      <FormMessage state={state} />
      <input type="hidden" name="reportId" value={reportId} />
      <TextField
        label={vi.reports.file}
        name="file"
        type="file"
        accept=".pdf,.docx,.xlsx,.png,.jpg,.jpeg"
        hint={vi.reports.attachmentHint}
        error={state.fieldErrors?.file}
      />
      <Button type="submit" variant="secondary" disabled={pending}>
        {vi.reports.upload}
      </Button>
    </form>
  );
}
