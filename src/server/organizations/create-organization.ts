import "server-only";
import { message } from "@/messages/message-ref";
import { recordAudit } from "@/server/audit/record-audit";
import type { Actor } from "@/server/auth/actor";
import { assertCan } from "@/server/auth/policy";
import { getDb } from "@/server/db/client";
import { AppError } from "@/server/errors";
import { parseInput } from "@/server/form-errors";
import { dayToDate } from "@/server/units/unit-rules";
import { managedUnit } from "@/server/units/unit-write";
import { orgTree } from "@/messages/vi/org-tree";
import { ZCreateOrganizationSchema, type TCreateOrganizationInput } from "./schemas";

/** Adds a body of any kind to a unit, optionally under another of its bodies (an organization under the UBMTTQ). */
export async function createOrganization({ actor, input }: { actor: Actor; input: TCreateOrganizationInput }) {
  assertCan(actor, "manage:unit");
  const data = parseInput(ZCreateOrganizationSchema, input);
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const unit = await managedUnit(tx, actor, data.unitId);
    if (data.parentId) {
      const parent = await tx.organization.findUnique({ where: { id: data.parentId }, select: { unitId: true } });
      if (parent?.unitId !== unit.id)
        throw new AppError("INVALID_INPUT", message("orgTree.rules.badOrganization"), {
          parentId: orgTree.rules.badOrganization,
        });
    }
    const last = await tx.organization.aggregate({ where: { unitId: unit.id }, _max: { sortOrder: true } });
    const organization = await tx.organization.create({
      data: {
        unitId: unit.id,
        kind: data.kind,
        name: data.name,
        shortName: data.shortName,
        parentId: data.parentId,
        submitsReports: data.submitsReports,
        sortOrder: (last._max.sortOrder ?? 0) + 1,
        validFrom: data.validFrom ? dayToDate(data.validFrom) : null,
        validTo: data.validTo ? dayToDate(data.validTo) : null,
      },
      select: { id: true },
    });
    await recordAudit(tx, actor.id, "organization.create", ["Organization", organization.id], { after: data });
    return organization;
  });
}
