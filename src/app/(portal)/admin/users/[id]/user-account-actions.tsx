"use client";

import { useActionState } from "react";
import { ActionButton } from "@/components/forms/action-button";
import { HiddenFields } from "@/components/ui/hidden-fields";
import { NewPasswordField } from "@/components/forms/new-password-field";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FormMessage } from "@/components/ui/form-message";
import { initialFormState } from "@/lib/form-state";
import { users } from "@/messages/vi/users";
import { resetPasswordAction, setUserActiveAction } from "../actions";

/** Only the messages this module shows (the client bundle carries no other catalogue). */
const vi = { users };

export function UserAccountActions({ userId, isActive }: { userId: string; isActive: boolean }) {
  const [resetState, resetAction, resetting] = useActionState(resetPasswordAction, initialFormState);
  return (
    <div className="grid gap-6 md:grid-cols-2">
      <Card title={vi.users.resetPassword}>
        <form action={resetAction} className="space-y-3" noValidate>
          <FormMessage state={resetState} />
          <HiddenFields fields={{ userId }} />
          <NewPasswordField label={vi.users.newPassword} name="password" error={resetState.fieldErrors?.password} />
          <Button type="submit" disabled={resetting}>
            {vi.users.resetPassword}
          </Button>
        </form>
      </Card>
      <Card title={vi.users.status}>
        <p className="mb-3 text-sm">{isActive ? vi.users.active : vi.users.inactive}</p>
        <ActionButton
          action={setUserActiveAction}
          fields={{ userId, isActive: isActive ? "false" : "true" }}
          label={isActive ? vi.users.deactivate : vi.users.activate}
          variant={isActive ? "danger" : "secondary"}
        />
      </Card>
    </div>
  );
}
