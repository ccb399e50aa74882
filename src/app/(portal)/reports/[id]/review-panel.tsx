"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { initialFormState, type FormState } from "@/lib/form-state";
import { reports } from "@/messages/vi/reports";

/** Only the messages this module shows (the client bundle carries no other catalogue). */
const vi = { reports };

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/** The secretariat's decision on a submitted report: accept, or return with a reason. */
export function ReviewPanel({ accept, giveBack, reportId }: { accept: Action; giveBack: Action; reportId: string }) {
  const [acceptState, acceptAction, accepting] = useActionState(accept, initialFormState);
  const [returnState, returnAction, returning] = useActionState(giveBack, initialFormState);
  return (
    <div className="grid gap-6 sm:grid-cols-2">
      <form action={acceptAction} className="space-y-3" aria-label={vi.reports.accept}>
        <FormMessage state={acceptState} />
        <input type="hidden" name="reportId" value={reportId} />
        <Button type="submit" disabled={accepting || returning}>
          {vi.reports.accept}
        </Button>
      </form>
      <form action={returnAction} className="space-y-3" aria-label={vi.reports.returnReport} noValidate>
        <FormMessage state={returnState} />
        <input type="hidden" name="reportId" value={reportId} />
        <TextAreaField
          label={vi.reports.returnReason}
          name="reason"
          rows={3}
          defaultValue={returnState.values?.reason ?? ""}
          error={returnState.fieldErrors?.reason}
          required
        />
        <Button type="submit" variant="danger" disabled={accepting || returning}>
          {vi.reports.returnReport}
        </Button>
      </form>
    </div>
  );
}
