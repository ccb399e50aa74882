"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { initialFormState, type FormState } from "@/lib/form-state";
import { HiddenFields } from "@/components/ui/hidden-fields";

export type FormAction = (state: FormState, formData: FormData) => Promise<FormState>;

/**
 * A server action behind one button (submit, approve, draft, revoke): the record's ids as hidden
 * fields, an optional confirmation before it is sent, and the outcome under the button.
 */
export function ActionButton({
  action,
  fields,
  label,
  variant = "primary",
  size,
  confirm,
  labelled = false,
  className = "space-y-1",
}: {
  action: FormAction;
  fields: Record<string, string | undefined>;
  label: string;
  variant?: "primary" | "secondary" | "danger";
  size?: "md" | "sm";
  /** Asked before sending; the action is not sent unless the user agrees. */
  confirm?: string;
  /** The form is a landmark named by its button, for a step a screen reader user looks for. */
  labelled?: boolean;
  className?: string;
}) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  return (
    <form
      action={formAction}
      className={className}
      aria-label={labelled ? label : undefined}
      onSubmit={(event) => {
        if (confirm && !window.confirm(confirm)) event.preventDefault();
      }}
    >
      <HiddenFields fields={fields} />
      <Button type="submit" variant={variant} size={size} disabled={pending}>
        {label}
      </Button>
      <FormMessage state={state} />
    </form>
  );
}
