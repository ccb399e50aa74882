"use client";

import { Button } from "@/components/ui/button";
import { nav } from "@/messages/vi/nav";

/** Only the messages this module shows (the client bundle carries no other catalogue). */
const vi = { nav };

/** next-auth's client loads on the click, not with every page (docs/decisions/0026). */
export async function signOutTo(callbackUrl: string) {
  const { signOut } = await import("next-auth/react");
  await signOut({ callbackUrl });
}

export function SignOutButton() {
  return (
    <Button type="button" variant="ghost" onClick={() => void signOutTo("/login")}>
      {vi.nav.signOut}
    </Button>
  );
}
