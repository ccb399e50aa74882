"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { initialFormState, type FormState } from "@/lib/form-state";
import { REPORTING_KINDS } from "@/server/indicators/form-fields";
import { useFieldErrors } from "@/components/use-field-errors";
import { app } from "@/messages/vi/app";
import { indicators } from "@/messages/vi/indicators";

/** Only the messages this module shows (the client bundle carries no other catalogue). */
const vi = { app, indicators };
/** Kind labels by any kind name, for the accessible name of an indicator's form. */
const KIND_LABELS: Record<string, string> = indicators.kinds;

// zod loads when the form is first focused, not with the page (docs/decisions/0026).
const loadSchema = () => import("@/server/indicators/schemas").then((m) => m.ZIndicatorSchema);

interface Indicator {
  id: string;
  organizationKind: string;
  code: string;
  name: string;
  unitLabel: string;
  isMoney: boolean;
  isActive: boolean;
  sortOrder: number;
}

/** Create (no indicator) or edit one indicator definition. */
export function IndicatorForm({
  action,
  indicator,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  indicator?: Indicator;
}) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const value = (name: string, fallback = "") => state.values?.[name] ?? fallback;
  const { error, formProps } = useFieldErrors(loadSchema, state);
  const suffix = indicator?.id ?? "new";
  const checked = (name: "isMoney" | "isActive", fallback: boolean) => (state.values ? state.values[name] === "on" : fallback);
  return (
    <form
      action={formAction}
      {...formProps}
      className="grid gap-3 sm:grid-cols-6"
      aria-label={
        indicator
          ? vi.indicators.edit(
              indicator.name,
              KIND_LABELS[indicator.organizationKind] ?? indicator.organizationKind,
              indicator.code,
            )
          : vi.indicators.create
      }
    >
      <div className="sm:col-span-6">
        <FormMessage state={state} />
      </div>
      <input type="hidden" name="id" value={indicator?.id ?? ""} />
      <SelectField
        id={`kind-${suffix}`}
        label={vi.indicators.kind}
        name="organizationKind"
        defaultValue={value("organizationKind", indicator?.organizationKind ?? "MTTQ")}
        error={error("organizationKind")}
      >
        {REPORTING_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {vi.indicators.kinds[kind]}
          </option>
        ))}
      </SelectField>
      <TextField
        id={`code-${suffix}`}
        label={vi.indicators.code}
        name="code"
        defaultValue={value("code", indicator?.code)}
        error={error("code")}
      />
      <div className="sm:col-span-2">
        <TextField
          id={`name-${suffix}`}
          label={vi.indicators.name}
          name="name"
          defaultValue={value("name", indicator?.name)}
          error={error("name")}
        />
      </div>
      <TextField
        id={`unit-${suffix}`}
        label={vi.indicators.unitLabel}
        name="unitLabel"
        defaultValue={value("unitLabel", indicator?.unitLabel)}
        error={error("unitLabel")}
      />
      <TextField
        id={`order-${suffix}`}
        label={vi.indicators.sortOrder}
        name="sortOrder"
        inputMode="numeric"
        defaultValue={value("sortOrder", String(indicator?.sortOrder ?? 0))}
        error={error("sortOrder")}
      />
      <div className="flex flex-wrap items-center gap-4 sm:col-span-6">
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="isMoney" defaultChecked={checked("isMoney", indicator?.isMoney ?? false)} />
          {vi.indicators.isMoney}
        </label>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="isActive" defaultChecked={checked("isActive", indicator?.isActive ?? true)} />
          {vi.indicators.isActive}
        </label>
        <Button type="submit" variant={indicator ? "secondary" : "primary"} disabled={pending}>
          {indicator ? vi.app.save : vi.indicators.create}
        </Button>
      </div>
    </form>
  );
}
