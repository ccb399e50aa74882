"use client";

import { signOut } from "next-auth/react";
import { vi } from "@/messages/vi";

export function SignOutButton() {
  return (
    <button
      type="button"
      onClick={() => signOut({ callbackUrl: "/login" })}
      className="rounded-md px-3 py-2 text-sm text-slate-700 hover:bg-slate-100"
    >
      {vi.nav.signOut}
    </button>
  );
}
