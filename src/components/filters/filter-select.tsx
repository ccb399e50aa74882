import { SelectOptions } from "./select-options";

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
      <SelectOptions
        name={name}
        value={value ?? ""}
        options={options.map((option) => [option.value, option.label])}
        {...(allLabel === undefined ? {} : { allLabel })}
      />
    </label>
  );
}
