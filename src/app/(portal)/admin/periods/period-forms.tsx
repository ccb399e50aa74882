"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { initialFormState, type FormState } from "@/lib/form-state";
import { PERIOD_TYPES } from "@/server/periods/form-fields";
import { useFieldErrors } from "@/components/use-field-errors";
import { periods } from "@/messages/vi/periods";
import { companionPeriods } from "@/messages/vi/meeting-facts";

/** Only the messages this module shows (the client bundle carries no other catalogue). */
const vi = { periods };

// zod loads when a form is first focused, not with the page (docs/decisions/0026).
const loadGenerateSchema = () => import("@/server/periods/schemas").then((m) => m.ZGeneratePeriodsSchema);
const loadDeadlineSchema = () => import("@/server/periods/schemas").then((m) => m.ZSetDeadlineSchema);

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

export function GeneratePeriodsForm({ action, defaultYear }: { action: Action; defaultYear: number }) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const { error, formProps } = useFieldErrors(loadGenerateSchema, state);
  const typesError = error("types");
  return (
    <form action={formAction} {...formProps} className="space-y-3" aria-label={vi.periods.generate}>
      <FormMessage state={state} />
      <div className="max-w-40">
        <TextField
          label={vi.periods.year}
          name="year"
          type="number"
          defaultValue={state.values?.year ?? String(defaultYear)}
          error={error("year")}
        />
      </div>
      <fieldset aria-describedby={typesError ? "period-types-error" : undefined}>
        <legend className="text-sm font-medium text-slate-800">{vi.periods.kinds}</legend>
        <div className="mt-1 flex flex-wrap gap-4">
          {PERIOD_TYPES.map((type) => (
            <label key={type} className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                name="types"
                value={type}
                defaultChecked={type === "QUARTER"}
                aria-invalid={typesError ? true : undefined}
              />
              {vi.periods.kindLabels[type]}
            </label>
          ))}
        </div>
        {typesError ? (
          <p id="period-types-error" role="alert" className="text-sm text-red-700">
            {typesError}
          </p>
        ) : null}
      </fieldset>
      <p className="text-xs text-slate-500">{companionPeriods.generateHint}</p>
      <Button type="submit" disabled={pending}>
        {vi.periods.generateSubmit}
      </Button>
    </form>
  );
}

export function DeadlineForm({
  action,
  periodId,
  units,
  label,
}: {
  action: Action;
  periodId: string;
  units: { id: string; name: string }[];
  label: string;
}) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const value = (name: string, fallback = "") => state.values?.[name] ?? fallback;
  const { error, formProps } = useFieldErrors(loadDeadlineSchema, state);
  return (
    <form action={formAction} {...formProps} className="mt-2 flex flex-wrap items-end gap-2" aria-label={label}>
      <input type="hidden" name="periodId" value={periodId} />
      <SelectField id={`unit-${periodId}`} label={vi.periods.unit} name="unitId" defaultValue={value("unitId", units[0]?.id)}>
        {units.map((unit) => (
          <option key={unit.id} value={unit.id}>
            {unit.name}
          </option>
        ))}
      </SelectField>
      <TextField
        id={`day-${periodId}`}
        label={vi.periods.deadlineDay}
        name="day"
        type="date"
        defaultValue={value("day")}
        error={error("day")}
      />
      <TextField
        id={`time-${periodId}`}
        label={vi.periods.deadlineTime}
        name="time"
        type="time"
        defaultValue={value("time", "17:00")}
        error={error("time")}
      />
      <Button type="submit" variant="secondary" disabled={pending}>
        {vi.periods.setDeadline}
      </Button>
      {state.status === "success" || (state.status === "error" && !state.fieldErrors) ? <FormMessage state={state} /> : null}
    </form>
  );
}
