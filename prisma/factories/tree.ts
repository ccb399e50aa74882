import type { UnitSuccessionKind } from "@prisma/client";
import type { Tx } from "../../src/server/db/client";

const day = (value: string) => new Date(`${value}T00:00:00Z`);

/**
 * Renames a unit from `effectiveOn` the way the admin screen does: the committee row valid until
 * then is closed, a new row starts, and the unit row carries today's names.
 */
export async function renameUnitFrom(
  db: Tx,
  unitId: string,
  effectiveOn: string,
  next: {
    name: string;
    kindWord: string;
    committeeName: string;
    numberSuffix: string;
    placeName: string;
    superiorBodyName?: string | null;
  },
) {
  const lastDay = new Date(day(effectiveOn).getTime() - 86_400_000);
  await db.unitCommittee.updateMany({ where: { unitId, validTo: null }, data: { validTo: lastDay } });
  await db.unitCommittee.create({
    data: {
      unitId,
      unitName: next.name,
      name: next.committeeName,
      superiorBodyName: next.superiorBodyName ?? null,
      numberSuffix: next.numberSuffix,
      placeName: next.placeName,
      validFrom: day(effectiveOn),
    },
  });
  await db.unit.update({
    where: { id: unitId },
    data: { name: next.name, kindWord: next.kindWord, committeeName: next.committeeName, placeName: next.placeName },
  });
}

/** Successor links, effective on a day (the predecessors' own validTo is set when they are created). */
export async function linkUnits(
  db: Tx,
  predecessorIds: string[],
  successorIds: string[],
  kind: UnitSuccessionKind,
  effectiveOn: string,
  note = "",
) {
  for (const predecessorId of predecessorIds)
    for (const successorId of successorIds)
      await db.unitSuccession.create({ data: { predecessorId, successorId, kind, effectiveOn: day(effectiveOn), note } });
}
