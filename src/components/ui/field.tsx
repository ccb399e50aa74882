import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";

const CONTROL =
  "block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm focus:border-brand-600 aria-[invalid=true]:border-red-500";

interface FieldShellProps {
  id: string;
  label: string;
  error?: string;
  hint?: string;
  children: ReactNode;
}

/** Label, control, hint and the field's error, wired for screen readers. */
export function FieldShell({ id, label, error, hint, children }: FieldShellProps) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      {children}
      {hint && !error ? (
        <p id={`${id}-hint`} className="text-xs text-slate-500">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} role="alert" className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}

type Common = { label: string; error?: string; hint?: string; name: string; id?: string };

/** The control's id (given, or from its name), error/hint wiring and look: the same for every kind of control. */
function controlAttributes({ id, name, error, hint }: Omit<Common, "label">) {
  const fieldId = id ?? `field-${name}`;
  return {
    id: fieldId,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": error ? `${fieldId}-error` : hint ? `${fieldId}-hint` : undefined,
    className: CONTROL,
  };
}

export function TextField({ label, error, hint, id, ...props }: Common & InputHTMLAttributes<HTMLInputElement>) {
  const control = controlAttributes({ id, name: props.name, error, hint });
  return (
    <FieldShell id={control.id} label={label} error={error} hint={hint}>
      <input {...control} {...props} />
    </FieldShell>
  );
}

export function TextAreaField({ label, error, hint, id, ...props }: Common & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const control = controlAttributes({ id, name: props.name, error, hint });
  return (
    <FieldShell id={control.id} label={label} error={error} hint={hint}>
      <textarea {...control} {...props} />
    </FieldShell>
  );
}

/** A choice: `children` first (an empty choice), then `options`. */
export function SelectField({
  label,
  error,
  hint,
  id,
  children,
  options = [],
  ...props
}: Common & SelectHTMLAttributes<HTMLSelectElement> & { options?: { value: string; label: string }[] }) {
  const control = controlAttributes({ id, name: props.name, error, hint });
  return (
    <FieldShell id={control.id} label={label} error={error} hint={hint}>
      <select {...control} {...props}>
        {children}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

/** A password: required, never shown, never kept after a refusal; `autoComplete` says whether it is the current one or a new one. */
export function PasswordField(
  props: Common & { autoComplete: "current-password" | "new-password" } & InputHTMLAttributes<HTMLInputElement>,
) {
  return <TextField type="password" required {...props} />;
}
