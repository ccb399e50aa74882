import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { vi } from "@/messages/vi";

export default function Forbidden() {
  return (
    <main className="mx-auto max-w-lg px-4 py-16 text-center">
      <p className="text-5xl font-bold text-brand-700">403</p>
      <h1 className="mt-4 text-xl font-semibold">{vi.errors.forbiddenPage}</h1>
      <Link href="/" className={`${buttonClass("secondary")} mt-6`}>
        {vi.app.backHome}
      </Link>
    </main>
  );
}
