"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { initialFormState } from "@/lib/form-state";
import { users } from "@/messages/vi/users";
import { resetPasswordAction, setUserActiveAction } from "../actions";

/** Only the messages this module shows (the client bundle carries no other catalogue). */
const vi = { users };

export function UserAccountActions({ userId, isActive }: { userId: string; isActive: boolean }) {
  const [resetState, resetAction, resetting] = useActionState(resetPasswordAction, initialFormState);
  const [activeState, activeAction, toggling] = useActionState(setUserActiveAction, initialFormState);
  return (
    <div className="grid gap-6 md:grid-cols-2">
      <Card title={vi.users.resetPassword}>
        <form action={resetAction} className="space-y-3" noValidate>
          <FormMessage state={resetState} />
          <input type="hidden" name="userId" value={userId} />
          <TextField
            label={vi.users.newPassword}
            name="password"
            type="password"
            autoComplete="new-password"
            error={resetState.fieldErrors?.password}
            required
          />
          <Button type="submit" disabled={resetting}>
            {vi.users.resetPassword}
          </Button>
        </form>
      </Card>
      <Card title={vi.users.status}>
        <form action={activeAction} className="space-y-3">
          <FormMessage state={activeState} />
          <p className="text-sm">{isActive ? vi.users.active : vi.users.inactive}</p>
          <input type="hidden" name="userId" value={userId} />
          <input type="hidden" name="isActive" value={isActive ? "false" : "true"} />
          <Button type="submit" variant={isActive ? "danger" : "secondary"} disabled={toggling}>
            {isActive ? vi.users.deactivate : vi.users.activate}
          </Button>
        </form>
      </Card>
    </div>
  );
}
