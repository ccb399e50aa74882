"use client";

// A client component although it has no state: the page's payload then carries its options as
// data ({ value, label }) rather than as <option> elements next to their HTML (issue 18).

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
      <select name={name} defaultValue={value ?? ""} className="control">
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
