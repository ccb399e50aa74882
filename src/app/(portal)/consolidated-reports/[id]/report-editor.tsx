"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { ActionButton } from "@/components/forms/action-button";
import { HiddenFields } from "@/components/ui/hidden-fields";
import { IssueNumberForm } from "@/components/forms/issue-number-form";
import { initialFormState, keptField } from "@/lib/form-state";
import { SECTIONS, type Section } from "@/server/consolidated-reports/form-fields";
import { app } from "@/messages/vi/app";
import { consolidatedReport as t } from "@/messages/vi/consolidated-report";
import {
  approveConsolidatedReportAction,
  issueConsolidatedReportAction,
  returnConsolidatedReportAction,
  submitConsolidatedReportAction,
  updateConsolidatedReportAction,
} from "../actions";

type Fields = Record<Section | "signing" | "signerName" | "recipients", string>;

/** The draft's five sections, signing and recipients; the typed text is kept after a refusal. */
export function ReportEditor({ reportId, version, fields }: { reportId: string; version: number; fields: Fields }) {
  const [state, formAction, pending] = useActionState(updateConsolidatedReportAction, initialFormState);
  const field = (name: keyof Fields) => keptField(state, name, fields[name]);
  return (
    <form action={formAction} className="space-y-3" noValidate>
      <FormMessage state={state} />
      <HiddenFields fields={{ reportId, version }} />
      {SECTIONS.map((key) => (
        <TextAreaField key={key} label={t.fields[key]} rows={key === "results" ? 12 : 6} {...field(key)} />
      ))}
      <div className="grid gap-3 md:grid-cols-2">
        <SelectField key={field("signing").defaultValue} label={t.fields.signing} {...field("signing")}>
          <option value="TM">{t.fields.signingHead}</option>
          <option value="KT">{t.fields.signingDeputy}</option>
        </SelectField>
        <TextField label={t.fields.signerName} {...field("signerName")} />
      </div>
      <TextAreaField label={t.fields.recipients} rows={5} {...field("recipients")} />
      <Button type="submit" disabled={pending}>
        {app.save}
      </Button>
    </form>
  );
}

/** The next step the actor may take: submit, approve or return, issue. */
export function ReportSteps({ reportId, may }: { reportId: string; may: { submit: boolean; approve: boolean; issue: boolean } }) {
  if (!may.submit && !may.approve && !may.issue) return null;
  return (
    <div className="mb-4 flex flex-wrap items-start gap-3">
      {may.submit ? <ActionButton action={submitConsolidatedReportAction} fields={{ reportId }} label={t.submit} /> : null}
      {may.approve ? (
        <>
          <ActionButton action={approveConsolidatedReportAction} fields={{ reportId }} label={t.approve} />
          <ActionButton
            action={returnConsolidatedReportAction}
            fields={{ reportId }}
            label={t.returnToDraft}
            variant="secondary"
          />
        </>
      ) : null}
      {may.issue ? (
        <IssueNumberForm action={issueConsolidatedReportAction} fields={{ reportId }} confirm={t.confirmIssue} submit={t.issue} />
      ) : null}
    </div>
  );
}
