import "server-only";
import type { Role } from "@prisma/client";
import { policy as defaultPolicy, type Action, type Policy, type Subject } from "./policy";
import { vi } from "@/messages/vi";

export interface NavItem {
  href: string;
  label: string;
}

const MAIN: { href: string; label: string; action: Action }[] = [
  { href: "/meetings", label: vi.nav.meetings, action: "read:meeting" },
  { href: "/reports", label: vi.nav.reports, action: "read:report" },
  { href: "/reports/matrix", label: vi.nav.matrix, action: "read:report-matrix" },
  { href: "/consolidated-reports", label: vi.consolidatedReport.nav, action: "read:consolidated-report" },
  { href: "/recommendations", label: vi.nav.recommendations, action: "read:recommendation" },
  { href: "/directives", label: vi.nav.directives, action: "read:directive" },
  { href: "/dashboard", label: vi.nav.dashboard, action: "read:dashboard" },
  { href: "/documents", label: vi.nav.documents, action: "read:document" },
];

const ADMIN: { href: string; label: string; action: Action }[] = [
  { href: "/admin/users", label: vi.nav.adminUsers, action: "manage:user" },
  { href: "/admin/units", label: vi.nav.adminUnits, action: "manage:unit" },
  { href: "/admin/periods", label: vi.nav.adminPeriods, action: "manage:period" },
  { href: "/admin/audit", label: vi.nav.adminAudit, action: "read:audit" },
];

/** The menu a role sees: exactly the pages the policy lets it open. */
export function navigationFor<R extends string = Role>(
  actor: Subject<R>,
  // Another policy only in tests that add a role to the table (policy-extension.test.ts).
  policy: Pick<Policy<R>, "can"> = defaultPolicy as Pick<Policy<string>, "can">,
): { main: NavItem[]; admin: NavItem[] } {
  const visible = (items: typeof MAIN) =>
    items.filter((item) => policy.can(actor, item.action)).map(({ href, label }) => ({ href, label }));
  return { main: [{ href: "/", label: vi.nav.home }, ...visible(MAIN)], admin: visible(ADMIN) };
}
