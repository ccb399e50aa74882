"use client";

import { useActionState } from "react";
import type { z } from "zod";
import { Button } from "@/components/ui/button";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useFieldErrors } from "@/components/use-field-errors";
import { initialFormState, type FormState } from "@/lib/form-state";

/** The schemas the tree's forms check in the browser (the same their server actions parse), loaded on first focus. */
const SCHEMAS = {
  createUnit: () => import("@/server/units/schemas").then((m) => m.ZCreateUnitSchema),
  renameUnit: () => import("@/server/units/schemas").then((m) => m.ZRenameUnitSchema),
  mergeUnits: () => import("@/server/units/schemas").then((m) => m.ZMergeUnitsSchema),
  splitUnit: () => import("@/server/units/schemas").then((m) => m.ZSplitUnitSchema),
  endUnit: () => import("@/server/units/schemas").then((m) => m.ZEndUnitSchema),
  createOrganization: () => import("@/server/organizations/schemas").then((m) => m.ZCreateOrganizationSchema),
  renameOrganization: () => import("@/server/organizations/schemas").then((m) => m.ZRenameOrganizationSchema),
  createPerson: () => import("@/server/people/schemas").then((m) => m.ZCreatePersonSchema),
  addPosition: () => import("@/server/people/schemas").then((m) => m.ZAddPositionSchema),
  endPosition: () => import("@/server/people/schemas").then((m) => m.ZEndPositionSchema),
} satisfies Record<string, () => Promise<z.ZodType>>;

export interface TreeField {
  name: string;
  label: string;
  type?: "text" | "date" | "select" | "checkbox" | "checkboxes" | "textarea" | "hidden";
  options?: { value: string; label: string }[];
  defaultValue?: string;
  hint?: string;
}

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/** One form of the organization tree's admin pages: fields as data, typed values kept on error. */
export function TreeForm({
  action,
  schema,
  fields,
  submit,
  label,
}: {
  action: Action;
  schema: keyof typeof SCHEMAS;
  fields: TreeField[];
  submit: string;
  label: string;
}) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const { error, formProps } = useFieldErrors(SCHEMAS[schema], state);
  const value = (field: TreeField) => state.values?.[field.name] ?? field.defaultValue ?? "";
  return (
    <form action={formAction} {...formProps} aria-label={label} className="space-y-3">
      <FormMessage state={state} />
      <div className="grid gap-3 sm:grid-cols-2">
        {fields.map((field) => {
          // The schema names the form: a field's id stays unique beside another form's field of the same name.
          const id = `${schema}-${field.name}`;
          const control = {
            id,
            label: field.label,
            name: field.name,
            defaultValue: value(field),
            error: error(field.name),
            hint: field.hint,
          };
          switch (field.type) {
            case "hidden":
              return <input key={field.name} type="hidden" name={field.name} value={field.defaultValue ?? ""} />;
            case "select":
              return (
                <SelectField key={field.name} {...control}>
                  {(field.options ?? []).map((option) => (
                    <option key={option.value} value={option.value}>
                      {option.label}
                    </option>
                  ))}
                </SelectField>
              );
            case "textarea":
              return (
                <div key={field.name} className="sm:col-span-2">
                  <TextAreaField {...control} rows={3} />
                </div>
              );
            case "checkbox":
              return (
                <label key={field.name} className="flex items-center gap-2 self-end text-sm">
                  <input type="checkbox" name={field.name} defaultChecked={value(field) === "on" || value(field) === "true"} />
                  {field.label}
                </label>
              );
            case "checkboxes": {
              const checked = value(field).split(",");
              const message = error(field.name);
              return (
                <fieldset key={field.name} className="sm:col-span-2" aria-describedby={message ? `${id}-error` : undefined}>
                  <legend className="text-sm font-medium text-slate-800">{field.label}</legend>
                  <div className="mt-1 flex max-h-48 flex-wrap gap-x-4 gap-y-1 overflow-auto">
                    {(field.options ?? []).map((option) => (
                      <label key={option.value} className="flex items-center gap-2 text-sm">
                        <input
                          type="checkbox"
                          name={field.name}
                          value={option.value}
                          defaultChecked={checked.includes(option.value)}
                        />
                        {option.label}
                      </label>
                    ))}
                  </div>
                  {message ? (
                    <p id={`${id}-error`} role="alert" className="text-sm text-red-700">
                      {message}
                    </p>
                  ) : null}
                </fieldset>
              );
            }
            default:
              return <TextField key={field.name} {...control} type={field.type === "date" ? "date" : "text"} />;
          }
        })}
      </div>
      <Button type="submit" disabled={pending}>
        {submit}
      </Button>
    </form>
  );
}
