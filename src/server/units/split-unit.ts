import "server-only";
import { recordAudit } from "@/server/audit/record-audit";
import type { Actor } from "@/server/auth/actor";
import { assertCan } from "@/server/auth/policy";
import { getDb } from "@/server/db/client";
import { parseInput } from "@/server/form-errors";
import { ZSplitUnitSchema, type TSplitUnitInput } from "./schemas";
import { dayBefore } from "./unit-rules";
import { closeUnit, insertUnit, linkSuccession, managedUnit } from "./unit-write";

/** Splits a unit into several new ones (one→many) from `effectiveOn`, under the same parent. */
export async function splitUnit({ actor, input }: { actor: Actor; input: TSplitUnitInput }) {
  assertCan(actor, "manage:unit");
  const data = parseInput(ZSplitUnitSchema, input);
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const unit = await managedUnit(tx, actor, data.unitId);
    const level = unit.level === "DISTRICT" ? "COMMUNE" : unit.level;
    const successors = [];
    for (const [code, name, committeeName] of data.successors)
      successors.push(
        await insertUnit(
          tx,
          actor,
          {
            code,
            level,
            parentId: unit.parentId,
            name,
            kindWord: data.kindWord,
            committeeName,
            superiorBodyName: null,
            numberSuffix: data.numberSuffix,
            placeName: data.placeName,
            validFrom: data.effectiveOn,
            validTo: null,
            isHistorical: false,
          },
          { standardBodies: true },
        ),
      );
    await closeUnit(tx, unit, dayBefore(data.effectiveOn));
    await linkSuccession(
      tx,
      successors.map((successor) => ({ predecessorId: unit.id, successorId: successor.id })),
      "SPLIT",
      data.effectiveOn,
      data.note,
    );
    await recordAudit(tx, { actorId: actor.id, action: "unit.split", entityType: "Unit", entityId: unit.id, after: data });
    return successors;
  });
}
