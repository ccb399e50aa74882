import { PasswordField } from "@/components/ui/field";
import { MIN_PASSWORD_LENGTH_VALUE } from "@/lib/password-rules";
import { account } from "@/messages/vi/account";

/** A password being set (own, a new account's, a reset): the rule it must meet is said under it. */
export function NewPasswordField({ label, name, error }: { label: string; name: string; error?: string }) {
  return (
    <PasswordField
      label={label}
      name={name}
      autoComplete="new-password"
      error={error}
      hint={account.tooShort}
      minLength={MIN_PASSWORD_LENGTH_VALUE}
    />
  );
}
