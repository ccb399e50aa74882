"use client";

import { signOut } from "next-auth/react";
import { Button } from "@/components/ui/button";
import { nav } from "@/messages/vi/nav";

/** Only the messages this module shows (the client bundle carries no other catalogue). */
const vi = { nav };

export function SignOutButton() {
  return (
    <Button type="button" variant="ghost" onClick={() => signOut({ callbackUrl: "/login" })}>
      {vi.nav.signOut}
    </Button>
  );
}
