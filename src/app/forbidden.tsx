import { buttonClass } from "@/components/ui/button";
import { vi } from "@/messages/vi";

export default function Forbidden() {
  return (
    <main className="mx-auto max-w-lg px-4 py-16 text-center">
      <p className="text-5xl font-bold text-brand-700">403</p>
      <h1 className="mt-4 text-xl font-semibold">{vi.errors.forbiddenPage}</h1>
      {/* A plain link: next/link here would ship its router code with every page (docs/decisions/0026). */}
      {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a full load is right after an error page */}
      <a href="/" className={`${buttonClass("secondary")} mt-6`}>
        {vi.app.backHome}
      </a>
    </main>
  );
}
