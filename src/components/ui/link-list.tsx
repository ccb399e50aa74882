"use client";

import Link from "next/link";

export interface LinkListItem {
  key: string;
  href: string;
  text: string;
  /** A line of detail under the link (a date, an organization). */
  detail?: string;
}

/**
 * A short list of links, each with a line of detail. A client component so that the page's
 * payload carries the items as these fields, not their markup a second time (issue 18).
 */
export function LinkList({ items, strong = false }: { items: LinkListItem[]; strong?: boolean }) {
  return (
    <ul className="divide-y divide-slate-100 text-sm">
      {items.map((item) => (
        <li key={item.key} className="py-2">
          <Link href={item.href} className={strong ? "font-medium hover:underline" : "hover:underline"}>
            {item.text}
          </Link>
          {item.detail ? <span className="note">{item.detail}</span> : null}
        </li>
      ))}
    </ul>
  );
}
