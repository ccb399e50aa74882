import Link from "next/link";
import type { Actor } from "@/server/auth/actor";
import { navigationFor } from "@/server/auth/navigation";
import { app } from "@/messages/vi/app";
import { nav } from "@/messages/vi/nav";
import { roles } from "@/messages/vi/labels";
import { NavLinks } from "./nav-links";
import { NotificationBell } from "./notification-bell";
import { SignOutButton } from "./sign-out-button";

/** Only the messages this module shows (the client bundle carries no other catalogue). */
const vi = { app, nav, roles };

function Sidebar({ actor }: { actor: Actor }) {
  const nav = navigationFor(actor);
  return (
    <div className="space-y-6">
      <NavLinks items={nav.main} label={vi.app.menu} />
      {nav.admin.length > 0 ? (
        <div>
          <p className="mb-1 px-3 text-xs font-semibold uppercase tracking-wide text-slate-500">{vi.nav.administration}</p>
          <NavLinks items={nav.admin} label={vi.nav.administration} />
        </div>
      ) : null}
    </div>
  );
}

/** The signed-in frame: header, role-filtered navigation (a disclosure on phones, rendered once for every width), content. */
export function AppShell({ actor, children }: { actor: Actor; children: React.ReactNode }) {
  return (
    <div className="min-h-screen">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
      >
        {vi.app.skipToContent}
      </a>
      <header className="no-print border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-7xl items-center justify-between gap-4 px-4 py-3">
          <Link href="/" className="text-base font-semibold text-brand-700">
            {vi.app.name}
          </Link>
          <div className="flex items-center gap-2 text-sm">
            <span className="hidden text-right sm:block">
              <span className="block font-medium" data-testid="current-user">
                {actor.fullName}
              </span>
              <span className="note">
                {vi.roles[actor.role]} · {actor.unitName}
              </span>
            </span>
            <NotificationBell actor={actor} />
            <Link href="/account/password" className="rounded-md px-3 py-2 text-slate-700 hover:bg-slate-100">
              {vi.nav.account}
            </Link>
            <SignOutButton />
          </div>
        </div>
      </header>
      <div className="mx-auto flex max-w-7xl flex-col gap-6 px-4 py-6 md:flex-row">
        <aside className="no-print md:w-60 md:shrink-0">
          {/* One menu for every width: a disclosure on phones, always open from md (.menu in globals.css). */}
          <details
            className="menu rounded-lg border border-slate-200 bg-white p-2 md:border-0 md:bg-transparent md:p-0"
            data-testid="sidebar"
          >
            <summary className="cursor-pointer px-2 py-1 text-sm font-medium">{vi.app.menu}</summary>
            <div className="mt-2 md:mt-0">
              <Sidebar actor={actor} />
            </div>
          </details>
        </aside>
        <main id="main" className="min-w-0 flex-1">
          {children}
        </main>
      </div>
    </div>
  );
}
