import Link from "next/link";

/** One link under a page's main card to a related page (the calendar feed, the public news). */
export function SeeAlso({ href, children, centered = false }: { href: string; children: string; centered?: boolean }) {
  return (
    <p className={`mt-4 text-sm ${centered ? "text-center" : ""}`}>
      <Link className="link" href={href}>
        {children}
      </Link>
    </p>
  );
}
