import "server-only";
import { recordAudit } from "@/server/audit/record-audit";
import type { Actor } from "@/server/auth/actor";
import { assertCan } from "@/server/auth/policy";
import { getDb } from "@/server/db/client";
import { parseInput } from "@/server/form-errors";
import { ZRenameUnitSchema, type TRenameUnitInput } from "./schemas";
import { dayBefore, dayToDate } from "./unit-rules";
import { createCommittee, managedUnit } from "./unit-write";

/**
 * Renames a unit from a day on: the committee row valid until then is closed and a new row
 * starts, so documents dated before keep the old names (getIssuerOn, getUnitNamesOn); the unit
 * row carries today's name for lists and pickers.
 */
export async function renameUnit({ actor, input }: { actor: Actor; input: TRenameUnitInput }) {
  assertCan(actor, "manage:unit");
  const data = parseInput(ZRenameUnitSchema, input);
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const unit = await managedUnit(tx, actor, data.unitId);
    const before = await tx.unit.findUniqueOrThrow({
      where: { id: unit.id },
      select: { name: true, committeeName: true, kindWord: true, placeName: true },
    });
    const effectiveOn = dayToDate(data.effectiveOn);
    await tx.unitCommittee.updateMany({
      where: { unitId: unit.id, OR: [{ validTo: null }, { validTo: { gte: effectiveOn } }] },
      data: { validTo: dayBefore(data.effectiveOn) },
    });
    const parent = unit.parentId ? await tx.unit.findUnique({ where: { id: unit.parentId }, select: { name: true } }) : null;
    await createCommittee(tx, unit.id, data, parent, { validFrom: effectiveOn, validTo: unit.validTo });
    await tx.unit.update({
      where: { id: unit.id },
      data: { name: data.name, committeeName: data.committeeName, kindWord: data.kindWord, placeName: data.placeName },
    });
    await recordAudit(tx, actor.id, "unit.rename", ["Unit", unit.id], { before, after: data });
    return { id: unit.id };
  });
}
