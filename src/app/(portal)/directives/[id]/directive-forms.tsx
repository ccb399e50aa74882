"use client";

import { useActionState, useId } from "react";
import { Button } from "@/components/ui/button";
import { AttachmentFileField } from "@/components/forms/attachment-file-field";
import { TextAreaField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { initialFormState, type FormState } from "@/lib/form-state";
import { useFieldErrors } from "@/components/use-field-errors";
import { directives } from "@/messages/vi/directives";

/** Only the messages this module shows (the client bundle carries no other catalogue). */
const vi = { directives };

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/** The one-text-field forms and the schema their action parses. */
// zod loads when a form is first focused, not with the page (docs/decisions/0026).
const schemas = () => import("@/server/directives/schemas");
const loadProgressSchema = () => schemas().then((m) => m.ZPostProgressSchema);
const TEXT_FORM_SCHEMAS = {
  resultSummary: () => schemas().then((m) => m.ZProposeDoneSchema),
  reason: () => schemas().then((m) => m.ZDirectiveReasonSchema),
};

/** Progress by a lead or supporting organization: text, optional percent, optional attachment. */
export function ProgressForm({ action, directiveId }: { action: Action; directiveId: string }) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const { error, formProps } = useFieldErrors(loadProgressSchema, state);
  return (
    <form action={formAction} {...formProps} className="space-y-3" aria-label={vi.directives.postProgress}>
      <FormMessage state={state} />
      <input type="hidden" name="directiveId" value={directiveId} />
      <TextAreaField
        label={vi.directives.progressBody}
        name="body"
        rows={4}
        required
        defaultValue={state.status === "error" ? (state.values?.body ?? "") : ""}
        error={error("body")}
      />
      <TextField
        label={vi.directives.percent}
        name="percent"
        type="number"
        min={0}
        max={100}
        inputMode="numeric"
        hint={vi.directives.percentHint}
        defaultValue={state.status === "error" ? (state.values?.percent ?? "") : ""}
        error={error("percent")}
      />
      <AttachmentFileField label={vi.directives.attachment} error={error("file")} />
      <Button type="submit" disabled={pending}>
        {vi.directives.postProgress}
      </Button>
    </form>
  );
}

/** One text field and a submit button: propose done (result summary), reopen or cancel (reason). */
export function TextActionForm({
  action,
  directiveId,
  field,
  label,
  submit,
  variant = "primary",
}: {
  action: Action;
  directiveId: string;
  field: keyof typeof TEXT_FORM_SCHEMAS;
  label: string;
  submit: string;
  variant?: "primary" | "danger" | "secondary";
}) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const uid = useId();
  const { error, formProps } = useFieldErrors(TEXT_FORM_SCHEMAS[field], state);
  return (
    <form action={formAction} {...formProps} className="space-y-3" aria-label={submit}>
      <FormMessage state={state} />
      <input type="hidden" name="directiveId" value={directiveId} />
      <TextAreaField
        label={label}
        name={field}
        id={`${uid}-${field}`}
        rows={3}
        required
        defaultValue={state.status === "error" ? (state.values?.[field] ?? "") : ""}
        error={error(field)}
      />
      <Button type="submit" variant={variant} disabled={pending}>
        {submit}
      </Button>
    </form>
  );
}
