import "server-only";
import { recordAudit } from "@/server/audit/record-audit";
import type { Actor } from "@/server/auth/actor";
import { assertCan } from "@/server/auth/policy";
import { getDb } from "@/server/db/client";
import { AppError } from "@/server/errors";
import { parseInput } from "@/server/form-errors";
import { managedUnit } from "@/server/units/unit-write";
import { ZRenameOrganizationSchema, type TRenameOrganizationInput } from "./schemas";

/**
 * Renames a body. What was already recorded keeps the name of its day: roll-call rows carry
 * their own snapshot (a database trigger writes it), meetings their chair's post, notices their
 * issuer's names (getIssuerOn); the audit log keeps the old name with the day it changed.
 */
export async function renameOrganization({ actor, input }: { actor: Actor; input: TRenameOrganizationInput }) {
  assertCan(actor, "manage:unit");
  const data = parseInput(ZRenameOrganizationSchema, input);
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const before = await tx.organization.findUnique({
      where: { id: data.organizationId },
      select: { unitId: true, name: true, shortName: true },
    });
    if (!before) throw new AppError("NOT_FOUND");
    await managedUnit(tx, actor, before.unitId);
    await tx.organization.update({ where: { id: data.organizationId }, data: { name: data.name, shortName: data.shortName } });
    await recordAudit(tx, actor.id, "organization.rename", ["Organization", data.organizationId], {
      before: { name: before.name, shortName: before.shortName },
      after: data,
    });
    return { id: data.organizationId };
  });
}
