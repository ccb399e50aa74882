import type { ReactNode } from "react";

export const inputClass = "w-full rounded-md border border-slate-300 px-3 py-2 text-sm";
export const labelClass = "block text-sm font-medium text-slate-800";

/** A labelled field of the import screen with its refusal under it. */
export function Field({ label, id, error, children }: { label: string; id: string; error?: string; children: ReactNode }) {
  return (
    <div>
      <label htmlFor={id} className={labelClass}>
        {label}
      </label>
      {children}
      {error && (
        <p className="mt-1 text-sm text-red-700" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

interface ReviewControl {
  label: string;
  id: string;
  error?: string;
  value: string;
  onChange: (value: string) => void;
  /** Shows the sentence the value was read from. */
  onFocus: () => void;
}

/** A text (or date) field of the draft under review. */
export function ReviewInput({ type, ...field }: ReviewControl & { type?: "date" }) {
  return (
    <Field label={field.label} id={field.id} error={field.error}>
      <input
        id={field.id}
        type={type}
        className={inputClass}
        value={field.value}
        onChange={(e) => field.onChange(e.target.value)}
        onFocus={field.onFocus}
      />
    </Field>
  );
}

/** A choice of the draft under review: an optional empty first choice, then the options; `children` under it. */
export function ReviewSelect({
  empty,
  options,
  children,
  ...field
}: ReviewControl & { empty?: string; options: { value: string; label: string }[]; children?: ReactNode }) {
  return (
    <Field label={field.label} id={field.id} error={field.error}>
      <select
        id={field.id}
        className={inputClass}
        value={field.value}
        onChange={(e) => field.onChange(e.target.value)}
        onFocus={field.onFocus}
      >
        {empty !== undefined ? <option value="">{empty}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {children}
    </Field>
  );
}
