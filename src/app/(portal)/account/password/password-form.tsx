"use client";

import { useActionState, useEffect } from "react";
import { Button } from "@/components/ui/button";
import { signOutTo } from "@/components/sign-out-button";
import { NewPasswordField } from "@/components/forms/new-password-field";
import { PasswordField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { initialFormState } from "@/lib/form-state";
import { useFieldErrors } from "@/components/use-field-errors";
import { account } from "@/messages/vi/account";
import { changeOwnPasswordAction } from "./actions";

/** Only the messages this module shows (the client bundle carries no other catalogue). */
const vi = { account };

export function PasswordForm() {
  const [state, action, pending] = useActionState(changeOwnPasswordAction, initialFormState);
  const { error, formProps } = useFieldErrors(
    () => import("@/server/users/schemas").then((m) => m.ZChangeOwnPasswordSchema),
    state,
  );
  // A new password ends every session, this one too: sign in again with it.
  useEffect(() => {
    if (state.status === "success") void signOutTo("/login?passwordChanged=1");
  }, [state.status]);
  return (
    <form action={action} {...formProps} className="max-w-md space-y-4">
      <FormMessage state={state} />
      <PasswordField label={vi.account.current} name="current" autoComplete="current-password" error={error("current")} />
      <NewPasswordField label={vi.account.next} name="next" error={error("next")} />
      <PasswordField label={vi.account.confirm} name="confirm" autoComplete="new-password" error={error("confirm")} />
      <Button type="submit" disabled={pending}>
        {vi.account.submit}
      </Button>
    </form>
  );
}
