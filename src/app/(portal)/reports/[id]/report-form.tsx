"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { TextAreaField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { initialFormState, type FormState } from "@/lib/form-state";
import { formatNumber, parseVietnameseNumber } from "@/lib/numbers";
import { useFieldErrors } from "@/components/use-field-errors";
import {
  indicatorField,
  recommendationField,
  REPORT_SECTIONS,
  reportFieldPath,
  reportFormInput,
} from "@/server/reports/form-fields";
import { app } from "@/messages/vi/app";
import { reports } from "@/messages/vi/reports";

/** Only the messages this module shows (the client bundle carries no other catalogue). */
const vi = { app, reports };

// zod loads when the form is first focused, not with the page (docs/decisions/0026).
const loadSchema = () => import("@/server/reports/schemas").then((m) => m.ZReportFormSchema);

export interface IndicatorField {
  id: string;
  name: string;
  unitLabel: string;
  isMoney: boolean;
}

interface ReportFormProps {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  autosave: (reportId: string, version: number, data: Record<string, string>) => Promise<{ savedAt: string }>;
  discardDraft: (reportId: string) => Promise<void>;
  reportId: string;
  version: number;
  canSubmit: boolean;
  definitions: IndicatorField[];
  /** The stored report as form values (sections, `indicator.<id>`, `rec.<n>.*`). */
  stored: Record<string, string>;
  draft: { data: Record<string, string>; savedAt: string } | null;
}

function recommendationCount(values: Record<string, string>): number {
  const indexes = Object.keys(values)
    .map((key) => /^rec\.(\d+)\./.exec(key)?.[1])
    .filter((index): index is string => index !== undefined)
    .map(Number);
  return indexes.length ? Math.max(...indexes) + 1 : 0;
}

/** The report's generated field names, read for the form's own check as the action reads them. */
const REPORT_FORM = {
  read: (form: FormData) =>
    reportFormInput([...form.entries()].filter((entry): entry is [string, string] => typeof entry[1] === "string")),
  pathOf: reportFieldPath,
};

/** Shows a typed figure the Vietnamese way ("1250000" → "1.250.000") when it is a number. */
function tidyFigure(input: HTMLInputElement) {
  const value = parseVietnameseNumber(input.value);
  if (value !== null && value >= 0) input.value = formatNumber(value);
}

/**
 * The report form: three sections, the organization's figures, recommendations as
 * separate items. Typing is autosaved to the user's draft; an error keeps every
 * typed value; submitting asks for confirmation first.
 */
export function ReportForm(props: ReportFormProps) {
  const { action, autosave, discardDraft, reportId, version, canSubmit, definitions, stored, draft } = props;
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const [restored, setRestored] = useState<Record<string, string> | null>(null);
  const [draftOffer, setDraftOffer] = useState(draft);
  const [confirming, setConfirming] = useState(false);
  const [autosavedAt, setAutosavedAt] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  // React resets a form to its default values after an action: the defaults are what was last sent.
  const values = state.values ?? restored ?? stored;
  const [recommendations, setRecommendations] = useState(() => Math.max(1, recommendationCount(values)));
  const formKey = `${restored ? "draft" : "stored"}`;
  const { error, formProps } = useFieldErrors(loadSchema, state, REPORT_FORM);

  useEffect(() => () => (timer.current ? clearTimeout(timer.current) : undefined), []);

  const scheduleAutosave = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(async () => {
      const form = formRef.current;
      if (!form) return;
      const data: Record<string, string> = {};
      for (const [key, value] of new FormData(form).entries()) {
        if (typeof value === "string" && !["reportId", "version", "intent"].includes(key) && !key.startsWith("$"))
          data[key] = value;
      }
      try {
        const result = await autosave(reportId, version, data);
        setAutosavedAt(result.savedAt);
      } catch {
        // Autosave is best effort; the explicit save reports its own errors.
      }
    }, 1500);
  };

  const restore = () => {
    if (!draftOffer) return;
    setRestored(draftOffer.data);
    setRecommendations(Math.max(1, recommendationCount(draftOffer.data)));
    setDraftOffer(null);
  };
  const discard = async () => {
    setDraftOffer(null);
    await discardDraft(reportId);
  };

  return (
    <form
      key={formKey}
      ref={formRef}
      action={formAction}
      {...formProps}
      onInput={scheduleAutosave}
      className="space-y-6"
      aria-label={vi.reports.compose}
    >
      {draftOffer ? (
        <div className="flex flex-wrap items-center gap-3 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          <span>{vi.reports.draftFound(draftOffer.savedAt)}</span>
          <Button type="button" variant="secondary" onClick={restore}>
            {vi.reports.restoreDraft}
          </Button>
          <Button type="button" variant="ghost" onClick={discard}>
            {vi.reports.discardDraft}
          </Button>
        </div>
      ) : null}
      <FormMessage state={state} />
      <input type="hidden" name="reportId" value={reportId} />
      <input type="hidden" name="version" value={version} />

      {REPORT_SECTIONS.map((section) => (
        <TextAreaField
          key={section}
          label={vi.reports.sections[section]}
          name={section}
          rows={6}
          defaultValue={values[section] ?? ""}
          error={error(section)}
          required
        />
      ))}

      <fieldset className="space-y-3">
        <legend className="text-base font-semibold text-slate-800">{vi.reports.indicators}</legend>
        {definitions.length === 0 ? <p className="text-sm text-slate-500">{vi.reports.noIndicators}</p> : null}
        <div className="grid gap-4 sm:grid-cols-2">
          {definitions.map((definition) => (
            <TextField
              key={definition.id}
              label={`${definition.name} (${definition.isMoney ? "đ" : definition.unitLabel})`}
              name={indicatorField(definition.id)}
              inputMode="decimal"
              defaultValue={values[indicatorField(definition.id)] ?? ""}
              error={error(`indicators.${definition.id}`)}
              hint={vi.reports.indicatorHint}
              onBlur={(event) => tidyFigure(event.currentTarget)}
            />
          ))}
        </div>
      </fieldset>

      <fieldset className="space-y-3">
        <legend className="text-base font-semibold text-slate-800">{vi.reports.recommendations}</legend>
        {Array.from({ length: recommendations }, (_, index) => (
          <div key={index} className="grid gap-3 rounded-md border border-slate-200 p-3 sm:grid-cols-3">
            <div className="sm:col-span-2">
              <TextAreaField
                label={vi.reports.recommendationContent(index + 1)}
                name={recommendationField(index, "content")}
                rows={2}
                defaultValue={values[recommendationField(index, "content")] ?? ""}
                error={error(`recommendations.${index}.content`)}
              />
            </div>
            <TextField
              label={vi.reports.recommendationTo(index + 1)}
              name={recommendationField(index, "addressedTo")}
              defaultValue={values[recommendationField(index, "addressedTo")] ?? ""}
              error={error(`recommendations.${index}.addressedTo`)}
            />
          </div>
        ))}
        <div className="flex gap-2">
          <Button type="button" variant="secondary" onClick={() => setRecommendations((count) => count + 1)}>
            {vi.reports.addRecommendation}
          </Button>
          {recommendations > 1 ? (
            <Button type="button" variant="ghost" onClick={() => setRecommendations((count) => count - 1)}>
              {vi.reports.removeRecommendation(recommendations)}
            </Button>
          ) : null}
        </div>
      </fieldset>

      <div className="flex flex-wrap items-center gap-3 border-t border-slate-200 pt-4">
        <Button type="submit" name="intent" value="save" variant="secondary" disabled={pending}>
          {vi.reports.save}
        </Button>
        {canSubmit ? (
          <Button type="button" disabled={pending} onClick={() => setConfirming(true)}>
            {vi.reports.submit}
          </Button>
        ) : null}
        {autosavedAt ? (
          <span role="status" className="text-sm text-slate-500">
            {vi.reports.autosaved(autosavedAt)}
          </span>
        ) : null}
      </div>
      {confirming ? (
        <div
          role="dialog"
          aria-modal="false"
          aria-labelledby="confirm-submit-title"
          className="rounded-md border border-brand-600 bg-brand-50 p-4"
        >
          <h3 id="confirm-submit-title" className="font-semibold text-slate-900">
            {vi.reports.confirmSubmitTitle}
          </h3>
          <p className="mt-1 text-sm text-slate-700">{vi.reports.confirmSubmitText}</p>
          <div className="mt-3 flex gap-2">
            <Button type="submit" name="intent" value="submit" disabled={pending}>
              {vi.reports.confirmSubmit}
            </Button>
            <Button type="button" variant="ghost" onClick={() => setConfirming(false)}>
              {vi.app.cancel}
            </Button>
          </div>
        </div>
      ) : null}
    </form>
  );
}
