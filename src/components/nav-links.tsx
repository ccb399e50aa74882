"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

/** Navigation links; the current page is marked for sight and for screen readers. */
export function NavLinks({ items, label }: { items: { href: string; label: string }[]; label: string }) {
  const pathname = usePathname();
  const isCurrent = (href: string) => (href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`));
  // The most specific match wins ("/reports/matrix" over "/reports").
  const current = items
    .map((item) => item.href)
    .filter(isCurrent)
    .sort((a, b) => b.length - a.length)[0];
  return (
    <nav aria-label={label}>
      <ul className="space-y-1">
        {items.map((item) => (
          <li key={item.href}>
            <Link href={item.href} aria-current={item.href === current ? "page" : undefined} className="nav-link">
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
