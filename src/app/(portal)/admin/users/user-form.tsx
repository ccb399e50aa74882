"use client";

import { useActionState, useState } from "react";
import { NewPasswordField } from "@/components/forms/new-password-field";
import { SelectField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { initialFormState, type FormState } from "@/lib/form-state";
import { useFieldErrors } from "@/components/use-field-errors";
import { app } from "@/messages/vi/app";
import { roles } from "@/messages/vi/labels";
import { users } from "@/messages/vi/users";
import { validation } from "@/messages/vi/validation";

/** Only the messages this module shows (the client bundle carries no other catalogue). */
const vi = { app, roles, users, validation };

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
  const [state, formAction] = useActionState(action, initialFormState);
  const value = (name: string, fallback = "") => state.values?.[name] ?? fallback;
  const [unitId, setUnitId] = useState(value("unitId", user?.unitId ?? units[0]?.id ?? ""));
  const organizations = units.find((unit) => unit.id === unitId)?.organizations ?? [];
  const { error, field, formProps } = useFieldErrors(
    () => import("@/server/users/schemas").then((m) => (user ? m.ZUpdateUserSchema : m.ZCreateUserSchema)),
    state,
  );
  const choices = (rows: { id: string; name: string }[]) => rows.map((row) => ({ value: row.id, label: row.name }));
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
          {...field("username")}
          hint={vi.validation.usernameFormat}
          autoComplete="off"
          required
        />
      )}
      <TextField label={vi.users.fullName} {...field("fullName", user?.fullName)} required />
      <TextField label={vi.users.email} type="email" {...field("email", user?.email ?? "")} />
      <SelectField
        label={vi.users.role}
        {...field("role", user?.role ?? roles.initial)}
        options={roles.list.map((role) => ({ value: role, label: vi.roles[role] }))}
      />
      <SelectField
        label={vi.users.unit}
        {...field("unitId", unitId)}
        onChange={(event) => setUnitId(event.target.value)}
        options={choices(units)}
      />
      <SelectField
        key={unitId}
        label={vi.users.organization}
        {...field("organizationId", user?.organizationId ?? "")}
        options={choices(organizations)}
      >
        <option value="">{vi.users.noOrganization}</option>
      </SelectField>
      {user ? null : <NewPasswordField label={vi.users.password} name="password" error={error("password")} />}
      <div className="sm:col-span-2">
        <SubmitButton>{user ? vi.app.save : vi.users.create}</SubmitButton>
      </div>
    </form>
  );
}
