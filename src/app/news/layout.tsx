import Link from "next/link";
import { vi } from "@/messages/vi";

/** Public pages: no session needed, nothing but published news. */
export default function NewsLayout({ children }: { children: React.ReactNode }) {
  return (
    <div className="min-h-screen bg-white">
      <header className="border-b border-slate-200">
        <div className="mx-auto flex max-w-4xl items-center justify-between px-4 py-3">
          <Link href="/news" className="font-semibold text-brand-700">
            {vi.app.name} · {vi.news.title}
          </Link>
          <Link href="/login" className="text-sm text-slate-700 underline">
            {vi.login.title}
          </Link>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-4xl px-4 py-8">
        {children}
      </main>
    </div>
  );
}
