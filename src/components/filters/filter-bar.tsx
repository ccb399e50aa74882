import Link from "next/link";
import type { ReactNode } from "react";
import { Button, buttonClass } from "@/components/ui/button";
import { app } from "@/messages/vi/app";

/** Only the messages this module shows (the client bundle carries no other catalogue). */
const vi = { app };

/**
 * The filter form of a list: a GET form (the filters are the address, so a filtered list can be
 * bookmarked and shared), its controls (FilterSelect and the like), the submit button and the
 * link back to the unfiltered list.
 */
export function FilterBar({
  resetHref,
  submitLabel = vi.app.filter,
  className = "",
  children,
}: {
  resetHref: string;
  submitLabel?: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <form className={`flex flex-wrap items-end gap-2 ${className}`} role="search" aria-label={vi.app.filter}>
      {children}
      <Button variant="secondary">{submitLabel}</Button>
      <Link className={buttonClass("ghost")} href={resetHref}>
        {vi.app.reset}
      </Link>
    </form>
  );
}
