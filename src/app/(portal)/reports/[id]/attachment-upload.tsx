"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { HiddenFields } from "@/components/ui/hidden-fields";
import { AttachmentFileField } from "@/components/forms/attachment-file-field";
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
      <HiddenFields fields={{ reportId }} />
      <AttachmentFileField label={vi.reports.file} error={state.fieldErrors?.file} />
      <Button type="submit" variant="secondary" disabled={pending}>
        {vi.reports.upload}
      </Button>
    </form>
  );
}
