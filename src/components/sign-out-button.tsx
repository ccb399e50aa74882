"use client";

import { signOut } from "next-auth/react";
import { Button } from "@/components/ui/button";
import { vi } from "@/messages/vi";

export function SignOutButton() {
  return (
    <Button type="button" variant="ghost" onClick={() => signOut({ callbackUrl: "/login" })}>
      {vi.nav.signOut}
    </Button>
  );
}
