import Link from "next/link";
import { app } from "@/messages/vi/app";
import { buttonClass } from "./button";

/** Only the messages this module shows (the client bundle carries no other catalogue). */
const vi = { app };

/** Server-side pagination links that keep the current filters. */
export function Pagination({
  of: { page, pages, total },
  basePath,
  params,
}: {
  /** The list's page: its number, how many pages and how many rows in all. */
  of: { page: number; pages: number; total: number };
  basePath: string;
  params: Record<string, string | undefined>;
}) {
  const href = (target: number) => {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(params)) if (value) query.set(key, value);
    query.set("page", String(target));
    return `${basePath}?${query.toString()}`;
  };
  return (
    <nav aria-label={vi.app.page(page, pages)} className="mt-4 flex items-center justify-between text-sm text-slate-600">
      <span>{vi.app.total(total)}</span>
      <span className="flex items-center gap-2">
        {page > 1 ? (
          <Link className={buttonClass("secondary")} href={href(page - 1)}>
            {vi.app.previous}
          </Link>
        ) : null}
        <span>{vi.app.page(page, pages)}</span>
        {page < pages ? (
          <Link className={buttonClass("secondary")} href={href(page + 1)}>
            {vi.app.next}
          </Link>
        ) : null}
      </span>
    </nav>
  );
}
