"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { ActionButton } from "@/components/forms/action-button";
import { HiddenFields } from "@/components/ui/hidden-fields";
import { initialFormState, keptField, type FormState } from "@/lib/form-state";
import { reports } from "@/messages/vi/reports";

/** Only the messages this module shows (the client bundle carries no other catalogue). */
const vi = { reports };

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/** The secretariat's decision on a submitted report: accept, or return with a reason. */
export function ReviewPanel({ accept, giveBack, reportId }: { accept: Action; giveBack: Action; reportId: string }) {
  const [returnState, returnAction, returning] = useActionState(giveBack, initialFormState);
  return (
    <div className="grid gap-6 sm:grid-cols-2">
      <ActionButton action={accept} fields={{ reportId }} label={vi.reports.accept} labelled className="space-y-3" />
      <form action={returnAction} className="space-y-3" aria-label={vi.reports.returnReport} noValidate>
        <FormMessage state={returnState} />
        <HiddenFields fields={{ reportId }} />
        <TextAreaField label={vi.reports.returnReason} rows={3} required {...keptField(returnState, "reason")} />
        <Button type="submit" variant="danger" disabled={returning}>
          {vi.reports.returnReport}
        </Button>
      </form>
    </div>
  );
}
