import { Alert } from "@/components/ui/alert";
import type { Metadata } from "next";
import { SeeAlso } from "@/components/ui/see-also";
import { redirect } from "next/navigation";
import { getActor } from "@/server/auth/session";
import { safeRedirectPath } from "@/lib/safe-redirect";
import { firstParam, type SearchParams } from "@/lib/search-params";
import { vi } from "@/messages/vi";
import { LoginForm } from "./login-form";

export const metadata: Metadata = { title: vi.login.title };

export default async function LoginPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const callbackUrl = safeRedirectPath(firstParam(params.callbackUrl));
  if (await getActor()) redirect(callbackUrl);
  return (
    <main className="flex min-h-screen items-center justify-center px-4 py-12">
      <div className="w-full max-w-sm">
        <div className="mb-6 text-center">
          <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">{vi.app.name}</p>
          <h1 className="mt-2 text-2xl font-semibold">{vi.login.title}</h1>
          <p className="mt-1 text-sm text-slate-600">{vi.login.subtitle}</p>
          {firstParam(params.passwordChanged) ? (
            <Alert tone="success" className="mt-3">
              {vi.account.signInAgain}
            </Alert>
          ) : null}
        </div>
        <div className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
          <LoginForm callbackUrl={callbackUrl} />
        </div>
        <SeeAlso href="/news" centered>
          {vi.news.title}
        </SeeAlso>
      </div>
    </main>
  );
}
