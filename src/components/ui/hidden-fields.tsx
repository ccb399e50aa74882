/** The ids a form posts back without showing them (the meeting, the record, the version it was read at). */
export function HiddenFields({ fields }: { fields: Record<string, string | number | undefined> }) {
  return Object.entries(fields).map(([name, value]) =>
    value === undefined ? null : <input key={name} type="hidden" name={name} value={value} />,
  );
}
