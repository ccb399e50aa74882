import "server-only";
import type { Actor } from "@/server/auth/actor";
import type { Prisma, Role } from "@prisma/client";
import { assertCan, needsOrganization } from "@/server/auth/policy";
import type { Tx } from "@/server/db/client";
import { AppError } from "@/server/errors";
import { message } from "@/messages/message-ref";

/** The fields of a user an admin edits, shown in lists and forms alike. */
export const USER_ADMIN_FIELDS = {
  id: true,
  username: true,
  fullName: true,
  email: true,
  role: true,
  unitId: true,
  organizationId: true,
  isActive: true,
} satisfies Prisma.UserSelect;

/** A managed user with its unit's path, for the scope check. */
export const MANAGED_USER_SELECT = { ...USER_ADMIN_FIELDS, unit: { select: { path: true } } } satisfies Prisma.UserSelect;

/** Checks that the unit (and organization) a user is placed in lie within the admin's scope. */
export async function assertPlacement(
  tx: Tx,
  actor: Actor,
  placement: { unitId: string; organizationId: string | null; role: Role },
): Promise<void> {
  const unit = await tx.unit.findUnique({ where: { id: placement.unitId }, select: { path: true } });
  if (!unit) throw new AppError("INVALID_INPUT", undefined, { unitId: message("validation.invalidChoice") });
  assertCan(actor, "manage:user", { unitPath: unit.path });
  if (needsOrganization(placement.role) && !placement.organizationId) {
    throw new AppError("INVALID_INPUT", undefined, { organizationId: message("users.orgRequired") });
  }
  if (placement.organizationId) {
    const organization = await tx.organization.findUnique({
      where: { id: placement.organizationId },
      select: { unitId: true },
    });
    if (!organization || organization.unitId !== placement.unitId) {
      throw new AppError("INVALID_INPUT", undefined, { organizationId: message("users.orgOutsideUnit") });
    }
  }
}

/** Loads a user the admin may manage, or fails as if it did not exist. */
export async function loadManagedUser(tx: Tx, actor: Actor, userId: string) {
  const user = await tx.user.findUnique({
    where: { id: userId },
    select: MANAGED_USER_SELECT,
  });
  if (!user) throw new AppError("NOT_FOUND");
  assertCan(actor, "manage:user", { unitPath: user.unit.path });
  const { unit: _unit, ...fields } = user;
  return fields;
}
