import Link from "next/link";
import type { ReactNode } from "react";
import { Button, buttonClass } from "@/components/ui/button";
import { app } from "@/messages/vi/app";
import { FilterSelect, type FilterSelectProps } from "./filter-select";

/** Only the messages this module shows (the client bundle carries no other catalogue). */
const vi = { app };

/** The free-text search of a filter form (`?q=` unless named otherwise). */
export interface FilterSearch {
  label: string;
  value?: string;
  placeholder?: string;
  name?: string;
}

/**
 * The filter form of a list: a GET form (the filters are the address, so a filtered list can be
 * bookmarked and shared), its search box, its choices (FilterSelect, "all" first; a falsy entry
 * is a choice this reader does not get), other controls as children, the submit button and the
 * link back to the unfiltered list.
 */
export function FilterBar({
  resetHref,
  submitLabel = vi.app.filter,
  search,
  selects = [],
  allLabel,
  className = "",
  children,
}: {
  /** The unfiltered list; none where the form only chooses what to show (a period, a unit). */
  resetHref?: string;
  submitLabel?: string;
  search?: FilterSearch;
  selects?: (FilterSelectProps | null | false | undefined)[];
  /** The "all" entry of every select that does not name its own; none if absent. */
  allLabel?: string;
  className?: string;
  children?: ReactNode;
}) {
  return (
    <form className={`flex flex-wrap items-end gap-2 ${className}`} role="search" aria-label={vi.app.filter}>
      {search ? (
        <label className="flex min-w-64 flex-1 flex-col text-sm">
          <span className="block text-slate-700">{search.label}</span>
          <input
            name={search.name ?? "q"}
            type="search"
            defaultValue={search.value}
            placeholder={search.placeholder}
            className="control"
          />
        </label>
      ) : null}
      {selects.map((select) => (select ? <FilterSelect key={select.name} allLabel={allLabel} {...select} /> : null))}
      {children}
      <Button variant="secondary">{submitLabel}</Button>
      {resetHref ? (
        <Link className={buttonClass("ghost")} href={resetHref}>
          {vi.app.reset}
        </Link>
      ) : null}
    </form>
  );
}
