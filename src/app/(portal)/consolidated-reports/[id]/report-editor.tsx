"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { initialFormState, type FormState } from "@/lib/form-state";
import { SECTIONS, type Section } from "@/server/consolidated-reports/form-fields";
import { app } from "@/messages/vi/app";
import { consolidatedReport as t } from "@/messages/vi/consolidated-report";
import { partyDocuments } from "@/messages/vi/party-documents";
import {
  approveConsolidatedReportAction,
  issueConsolidatedReportAction,
  returnConsolidatedReportAction,
  submitConsolidatedReportAction,
  updateConsolidatedReportAction,
} from "../actions";

type Fields = Record<Section | "signing" | "signerName" | "recipients", string>;
type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/** The draft's five sections, signing and recipients; the typed text is kept after a refusal. */
export function ReportEditor({ reportId, version, fields }: { reportId: string; version: number; fields: Fields }) {
  const [state, formAction, pending] = useActionState(updateConsolidatedReportAction, initialFormState);
  const value = (name: keyof Fields) => state.values?.[name] ?? fields[name];
  const error = (name: string) => state.fieldErrors?.[name];
  return (
    <form action={formAction} className="space-y-3" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="reportId" value={reportId} />
      <input type="hidden" name="version" value={version} />
      {SECTIONS.map((key) => (
        <TextAreaField
          key={key}
          label={t.fields[key]}
          name={key}
          rows={key === "results" ? 12 : 6}
          defaultValue={value(key)}
          error={error(key)}
        />
      ))}
      <div className="grid gap-3 md:grid-cols-2">
        <SelectField
          key={value("signing")}
          label={t.fields.signing}
          name="signing"
          defaultValue={value("signing")}
          error={error("signing")}
        >
          <option value="TM">{t.fields.signingHead}</option>
          <option value="KT">{t.fields.signingDeputy}</option>
        </SelectField>
        <TextField label={t.fields.signerName} name="signerName" defaultValue={value("signerName")} error={error("signerName")} />
      </div>
      <TextAreaField
        label={t.fields.recipients}
        name="recipients"
        rows={5}
        defaultValue={value("recipients")}
        error={error("recipients")}
      />
      <Button type="submit" disabled={pending}>
        {app.save}
      </Button>
    </form>
  );
}

function StepButton({
  action,
  reportId,
  label,
  variant = "primary",
}: {
  action: Action;
  reportId: string;
  label: string;
  variant?: "primary" | "secondary";
}) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="space-y-1">
      <input type="hidden" name="reportId" value={reportId} />
      <Button type="submit" variant={variant} disabled={pending}>
        {label}
      </Button>
      <FormMessage state={state} />
    </form>
  );
}

function IssueForm({ reportId }: { reportId: string }) {
  const [state, formAction, pending] = useActionState(issueConsolidatedReportAction, initialFormState);
  const n = partyDocuments.numbering;
  return (
    <form
      action={formAction}
      className="space-y-2 rounded-md border border-slate-200 p-3"
      noValidate
      onSubmit={(event) => {
        if (!window.confirm(t.confirmIssue)) event.preventDefault();
      }}
    >
      <FormMessage state={state} />
      <input type="hidden" name="reportId" value={reportId} />
      <TextField
        label={n.typedNumber}
        name="number"
        inputMode="numeric"
        hint={n.typedNumberHint}
        defaultValue={state.values?.number ?? ""}
        error={state.fieldErrors?.number}
      />
      <Button type="submit" disabled={pending}>
        {t.issue}
      </Button>
    </form>
  );
}

/** The next step the actor may take: submit, approve or return, issue. */
export function ReportSteps({ reportId, may }: { reportId: string; may: { submit: boolean; approve: boolean; issue: boolean } }) {
  if (!may.submit && !may.approve && !may.issue) return null;
  return (
    <div className="mb-4 flex flex-wrap items-start gap-3">
      {may.submit ? <StepButton action={submitConsolidatedReportAction} reportId={reportId} label={t.submit} /> : null}
      {may.approve ? (
        <>
          <StepButton action={approveConsolidatedReportAction} reportId={reportId} label={t.approve} />
          <StepButton action={returnConsolidatedReportAction} reportId={reportId} label={t.returnToDraft} variant="secondary" />
        </>
      ) : null}
      {may.issue ? <IssueForm reportId={reportId} /> : null}
    </div>
  );
}
