"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { initialFormState, keptField } from "@/lib/form-state";
import { noticeNumbering as t } from "@/messages/vi/notice-panel";
import { HiddenFields } from "@/components/ui/hidden-fields";
import type { FormAction } from "./action-button";

/**
 * Issuing a Party document (a conclusion notice, a consolidated report) under a number: the
 * number the clerk already gave in the outgoing register, or none for the next one; for a
 * meeting entered from the archive, the day it was really issued.
 */
export function IssueNumberForm({
  action,
  fields,
  confirm,
  submit,
  askIssuedOn = false,
}: {
  action: FormAction;
  fields: Record<string, string>;
  confirm: string;
  submit: string;
  askIssuedOn?: boolean;
}) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const number = <TextField label={t.typedNumber} inputMode="numeric" hint={t.typedNumberHint} {...keptField(state, "number")} />;
  return (
    <form
      action={formAction}
      className="space-y-2 rounded-md border border-slate-200 p-3"
      noValidate
      onSubmit={(event) => {
        if (!window.confirm(confirm)) event.preventDefault();
      }}
    >
      <FormMessage state={state} />
      <HiddenFields fields={fields} />
      {askIssuedOn ? (
        <div className="grid gap-3 md:grid-cols-2">
          {number}
          <TextField label={t.issuedOn} type="date" hint={t.issuedOnHint} {...keptField(state, "issuedOn")} />
        </div>
      ) : (
        number
      )}
      <Button type="submit" disabled={pending}>
        {submit}
      </Button>
    </form>
  );
}
