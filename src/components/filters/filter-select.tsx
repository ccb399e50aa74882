/** The look of a filter form's controls. */
export const FILTER_CONTROL = "max-w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm";

/** One labelled choice of a GET filter form, "all" first when there is an allLabel (else a choice is required). */
export interface FilterSelectProps {
  label: string;
  name: string;
  value?: string;
  options: { value: string; label: string }[];
  allLabel?: string;
}

export function FilterSelect({ label, name, value, options, allLabel }: FilterSelectProps) {
  return (
    <label className="max-w-full text-sm">
      <span className="block text-slate-700">{label}</span>
      <select name={name} defaultValue={value ?? ""} className={FILTER_CONTROL}>
        {allLabel !== undefined ? <option value="">{allLabel}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}
