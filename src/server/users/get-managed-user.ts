import "server-only";
import type { Actor } from "@/server/auth/actor";
import { can } from "@/server/auth/policy";
import { getDb } from "@/server/db/client";
import { MANAGED_USER_SELECT } from "./user-scope";

/** A user for the admin's edit page, or null when missing or outside the admin's scope. */
export async function getManagedUser(actor: Actor, userId: string) {
  const db = await getDb();
  const user = await db.user.findUnique({
    where: { id: userId },
    select: MANAGED_USER_SELECT,
  });
  if (!user || !can(actor, "manage:user", { unitPath: user.unit.path })) return null;
  const { unit: _unit, ...fields } = user;
  return fields;
}
