"use client";

import { Alert } from "@/components/ui/alert";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { PasswordField, TextField } from "@/components/ui/field";
import { safeRedirectPath } from "@/lib/safe-redirect";
import { login } from "@/messages/vi/login";

/** Only the messages this module shows (the client bundle carries no other catalogue). */
const vi = { login };

function messageFor(error: string): string {
  if (error.startsWith("LOCKED:")) return vi.login.locked(Number(error.slice("LOCKED:".length)) || 15);
  if (error === "INVALID" || error === "CredentialsSignin") return vi.login.invalid;
  return vi.login.failed;
}

export function LoginForm({ callbackUrl }: { callbackUrl: string }) {
  const router = useRouter();
  const [username, setUsername] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!username.trim() || !password) {
      setError(vi.login.required);
      return;
    }
    setPending(true);
    setError(null);
    try {
      // next-auth's client loads when the form is sent, not with the page (docs/decisions/0026).
      const { signIn } = await import("next-auth/react");
      const result = await signIn("credentials", { username, password, redirect: false });
      if (!result || result.error) {
        setError(messageFor(result?.error ?? ""));
        setPassword("");
        return;
      }
      router.replace(safeRedirectPath(callbackUrl));
      router.refresh();
    } catch {
      setError(vi.login.failed);
    } finally {
      setPending(false);
    }
  }

  return (
    // POST: a submit before hydration must never put the password in the address bar.
    <form method="post" onSubmit={onSubmit} className="space-y-4" noValidate>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <TextField
        label={vi.login.username}
        name="username"
        autoComplete="username"
        autoCapitalize="none"
        value={username}
        onChange={(e) => setUsername(e.target.value)}
        required
      />
      <PasswordField
        label={vi.login.password}
        name="password"
        autoComplete="current-password"
        value={password}
        onChange={(e) => setPassword(e.target.value)}
      />
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? vi.login.submitting : vi.login.submit}
      </Button>
    </form>
  );
}
