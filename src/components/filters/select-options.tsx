"use client";

/**
 * A filter's <select>. A client component although it has no state: the page's payload then
 * carries its choices as [value, label] pairs rather than as <option> elements next to their
 * HTML (issue 18; a period filter lists ~40 periods).
 */
export function SelectOptions({
  name,
  value,
  options,
  allLabel,
}: {
  name: string;
  value: string;
  options: [value: string, label: string][];
  allLabel?: string;
}) {
  return (
    <select name={name} defaultValue={value} className="control">
      {allLabel !== undefined ? <option value="">{allLabel}</option> : null}
      {options.map(([optionValue, label]) => (
        <option key={optionValue} value={optionValue}>
          {label}
        </option>
      ))}
    </select>
  );
}
