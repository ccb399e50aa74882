import Link from "next/link";
import type { ReactNode } from "react";
import { EmptyState } from "./empty-state";

export interface Column<Row> {
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  /** Classes of this column's cells (alignment, width, wrapping). */
  className?: string;
  /** Read by screen readers only (an actions column). */
  hiddenHeader?: boolean;
  /** This column names its row (a <th scope="row">, announced with each cell of the row). */
  rowHeader?: boolean;
  /** The value of the sort parameter that orders the list by this column. */
  sortKey?: string;
  /** data-testid of this column's cell in a row (tests find a cell of a two-dimensional table by it). */
  cellTestId?: (row: Row) => string;
}

/** Sorting through the address, so a sorted list is a link like any other filter. */
export interface TableSort {
  /** The current `sort` value, e.g. "name" or "-name" (descending). */
  current?: string;
  /** The list's address and its other query parameters, kept by the header links. */
  basePath: string;
  params?: Record<string, string | undefined>;
}

interface DataTableProps<Row> {
  /** Names the table for screen readers (and the scrollable region around it). */
  caption: string;
  columns: Column<Row>[];
  rows: Row[];
  rowKey: (row: Row) => string;
  /** Shown instead of the table when there are no rows. */
  empty?: string;
  sort?: TableSort;
  /** Classes of the scrolling wrapper (spacing above the table). */
  className?: string;
  "data-testid"?: string;
  /** data-testid of every body row (tests count and find rows by it). */
  rowTestId?: string;
  /** Rows of totals under the body (a <tfoot>), laid out by the same columns. */
  footer?: Row[];
}

function sortHref(sort: TableSort, key: string): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(sort.params ?? {})) if (value) query.set(name, value);
  query.set("sort", sort.current === key ? `-${key}` : key);
  return `${sort.basePath}?${query}`;
}

function SortableHeader({ sort, sortKey, children }: { sort: TableSort; sortKey: string; children: ReactNode }) {
  const direction = sort.current === sortKey ? "▲" : sort.current === `-${sortKey}` ? "▼" : "";
  return (
    <Link className="inline-flex items-center gap-1 hover:underline" href={sortHref(sort, sortKey)}>
      {children}
      <span aria-hidden="true">{direction}</span>
    </Link>
  );
}

function ariaSort(sort: TableSort | undefined, key: string | undefined) {
  if (!sort || !key) return undefined;
  if (sort.current === key) return "ascending" as const;
  if (sort.current === `-${key}`) return "descending" as const;
  return "none" as const;
}

/**
 * A list as a table: real header cells and a caption, so screen readers announce each cell with
 * its column; on a narrow screen the table scrolls sideways inside its own frame (which can be
 * focused and scrolled with the keyboard) while the page itself does not.
 */
export function DataTable<Row>({
  caption,
  columns,
  rows,
  rowKey,
  empty,
  sort,
  className = "",
  rowTestId,
  footer,
  ...rest
}: DataTableProps<Row>) {
  if (rows.length === 0) {
    return (
      <div className={className}>
        <EmptyState message={empty} />
      </div>
    );
  }
  // Spacing, rules and weights come from `.dt` in globals.css: a cell carries only its column's own classes.
  const cells = (row: Row) =>
    columns.map((column, index) =>
      column.rowHeader ? (
        <th key={index} scope="row" className={column.className}>
          {column.cell(row)}
        </th>
      ) : (
        <td key={index} className={column.className} data-testid={column.cellTestId?.(row)}>
          {column.cell(row)}
        </td>
      ),
    );
  return (
    <div className={`overflow-x-auto ${className}`} role="region" aria-label={caption} tabIndex={0}>
      <table className="dt" data-testid={rest["data-testid"]}>
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            {columns.map((column, index) => (
              <th key={index} scope="col" aria-sort={ariaSort(sort, column.sortKey)}>
                {column.hiddenHeader ? (
                  <span className="sr-only">{column.header}</span>
                ) : sort && column.sortKey ? (
                  <SortableHeader sort={sort} sortKey={column.sortKey}>
                    {column.header}
                  </SortableHeader>
                ) : (
                  column.header
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)} data-testid={rowTestId}>
              {cells(row)}
            </tr>
          ))}
        </tbody>
        {footer?.length ? (
          <tfoot>
            {footer.map((row) => (
              <tr key={rowKey(row)}>{cells(row)}</tr>
            ))}
          </tfoot>
        ) : null}
      </table>
    </div>
  );
}
