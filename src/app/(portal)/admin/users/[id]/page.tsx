import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { NEW_ACCOUNT_ROLE } from "@/server/auth/policy";
import { requirePermission } from "@/server/auth/session";
import { USER_ROLES } from "@/server/users/schemas";
import { getManagedUser } from "@/server/users/get-managed-user";
import { listPlacementOptions } from "@/server/users/list-users";
import { vi } from "@/messages/vi";
import { updateUserAction } from "../actions";
import { UserForm } from "../user-form";
import { UserAccountActions } from "./user-account-actions";
import { recordKeys } from "@/server/http/route-params";

export const metadata: Metadata = { title: vi.users.edit };

export default async function EditUserPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePermission("manage:user");
  const { id } = await recordKeys(params);
  const user = await getManagedUser(actor, id);
  if (!user) notFound();
  const units = await listPlacementOptions(actor);
  return (
    <>
      <PageHeader title={`${user.fullName} (${user.username})`} />
      <div className="grid gap-6">
        <Card title={vi.users.edit}>
          <UserForm action={updateUserAction} units={units} roles={{ list: USER_ROLES, initial: NEW_ACCOUNT_ROLE }} user={user} />
        </Card>
        <UserAccountActions userId={user.id} isActive={user.isActive} />
      </div>
    </>
  );
}
