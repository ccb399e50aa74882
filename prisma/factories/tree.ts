import type { UnitLevel, UnitSuccessionKind } from "@prisma/client";
import type { Tx } from "../../src/server/db/client";
import { standardBodies } from "../../src/lib/standard-bodies";

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

/** The bodies of the 2025 structure for a unit (src/lib/standard-bodies.ts), ids by kind. */
export async function createCurrentBodies(
  db: Tx,
  unit: { id: string; code: string },
  level: UnitLevel,
  place: string,
  committeeName: string,
  validFrom: string | null,
) {
  const ids = new Map<string, string>();
  for (const body of standardBodies(level, place, committeeName)) {
    const created = await db.organization.create({
      data: {
        id: `org_${unit.code.toLowerCase()}_${body.kind.toLowerCase()}`,
        unitId: unit.id,
        kind: body.kind,
        name: body.name,
        shortName: body.shortName,
        submitsReports: body.submitsReports,
        sortOrder: body.sortOrder,
        parentId: body.underFront ? (ids.get("MTTQ") ?? null) : null,
        validFrom: validFrom ? day(validFrom) : null,
      },
      select: { id: true },
    });
    ids.set(body.kind, created.id);
  }
  return ids;
}
