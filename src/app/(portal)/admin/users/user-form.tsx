"use client";

import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { initialFormState, type FormState } from "@/lib/form-state";
import { MIN_PASSWORD_LENGTH_VALUE } from "@/lib/password-rules";
import { useFieldErrors } from "@/components/use-field-errors";
import { account } from "@/messages/vi/account";
import { app } from "@/messages/vi/app";
import { roles } from "@/messages/vi/labels";
import { users } from "@/messages/vi/users";
import { validation } from "@/messages/vi/validation";

/** Only the messages this module shows (the client bundle carries no other catalogue). */
const vi = { account, app, roles, users, validation };

export interface PlacementOption {
  id: string;
  name: string;
  organizations: { id: string; name: string }[];
}

type RoleName = keyof typeof vi.roles;

interface UserFormProps {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  units: PlacementOption[];
  /** The roles to offer, from the database enum, and the one a new account starts with. */
  roles: { list: readonly RoleName[]; initial: RoleName };
  user?: {
    id: string;
    username: string;
    fullName: string;
    email: string | null;
    role: string;
    unitId: string;
    organizationId: string | null;
  };
}

/** Create or edit a user; on error every typed value comes back into the form. */
export function UserForm({ action, units, roles, user }: UserFormProps) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const value = (name: string, fallback = "") => state.values?.[name] ?? fallback;
  const [unitId, setUnitId] = useState(value("unitId", user?.unitId ?? units[0]?.id ?? ""));
  const organizations = units.find((unit) => unit.id === unitId)?.organizations ?? [];
  const { error, formProps } = useFieldErrors(
    () => import("@/server/users/schemas").then((m) => (user ? m.ZUpdateUserSchema : m.ZCreateUserSchema)),
    state,
  );
  return (
    <form action={formAction} {...formProps} className="grid gap-4 sm:grid-cols-2">
      <div className="sm:col-span-2">
        <FormMessage state={state} />
      </div>
      {user ? (
        <input type="hidden" name="userId" value={user.id} />
      ) : (
        <TextField
          label={vi.users.username}
          name="username"
          defaultValue={value("username")}
          error={error("username")}
          hint={vi.validation.usernameFormat}
          autoComplete="off"
          required
        />
      )}
      <TextField
        label={vi.users.fullName}
        name="fullName"
        defaultValue={value("fullName", user?.fullName)}
        error={error("fullName")}
        required
      />
      <TextField
        label={vi.users.email}
        name="email"
        type="email"
        defaultValue={value("email", user?.email ?? "")}
        error={error("email")}
      />
      <SelectField
        label={vi.users.role}
        name="role"
        defaultValue={value("role", user?.role ?? roles.initial)}
        error={error("role")}
      >
        {roles.list.map((role) => (
          <option key={role} value={role}>
            {vi.roles[role]}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={vi.users.unit}
        name="unitId"
        value={unitId}
        onChange={(event) => setUnitId(event.target.value)}
        error={error("unitId")}
      >
        {units.map((unit) => (
          <option key={unit.id} value={unit.id}>
            {unit.name}
          </option>
        ))}
      </SelectField>
      <SelectField
        key={unitId}
        label={vi.users.organization}
        name="organizationId"
        defaultValue={value("organizationId", user?.organizationId ?? "")}
        error={error("organizationId")}
      >
        <option value="">{vi.users.noOrganization}</option>
        {organizations.map((organization) => (
          <option key={organization.id} value={organization.id}>
            {organization.name}
          </option>
        ))}
      </SelectField>
      {user ? null : (
        <TextField
          label={vi.users.password}
          name="password"
          type="password"
          autoComplete="new-password"
          error={error("password")}
          hint={vi.account.tooShort}
          minLength={MIN_PASSWORD_LENGTH_VALUE}
          required
        />
      )}
      <div className="sm:col-span-2">
        <Button type="submit" disabled={pending}>
          {user ? vi.app.save : vi.users.create}
        </Button>
      </div>
    </form>
  );
}
