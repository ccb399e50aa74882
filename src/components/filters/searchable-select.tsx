import { FilterSelect, type FilterSelectProps } from "./filter-select";

/**
 * A filter's choice among more records than a select can carry (hundreds of units or
 * organizations: ~100 bytes each in the HTML and again in the payload, issue 18). When the
 * server lists fewer than `total`, a search box above it narrows the list on the server (GET,
 * like every filter) and a hint says how many are listed.
 */
export function SearchableSelect({
  total,
  search,
  ...select
}: FilterSelectProps & {
  /** Choices in the scope; more than `options`: the search box shows. */
  total: number;
  search: { label: string; name: string; value?: string; hint: string };
}) {
  const narrowed = total > select.options.length;
  const hintId = `${search.name}-hint`;
  return (
    <>
      {narrowed ? (
        <label className="max-w-full text-sm">
          <span className="block text-slate-700">{search.label}</span>
          <input type="search" name={search.name} defaultValue={search.value} className="control" aria-describedby={hintId} />
          <span id={hintId} className="block max-w-xs text-xs text-slate-600">
            {search.hint}
          </span>
        </label>
      ) : null}
      {select.options.length > 1 || narrowed ? <FilterSelect {...select} /> : null}
    </>
  );
}
