import "server-only";
import { recordAudit } from "@/server/audit/record-audit";
import type { Actor } from "@/server/auth/actor";
import { assertCan } from "@/server/auth/policy";
import { getDb } from "@/server/db/client";
import { parseInput } from "@/server/form-errors";
import { ZSplitUnitSchema, type TSplitUnitInput } from "./schemas";
import { managedUnit, succeedUnits } from "./unit-write";

/** Splits a unit into several new ones (one→many) from `effectiveOn`, under the same parent. */
export async function splitUnit({ actor, input }: { actor: Actor; input: TSplitUnitInput }) {
  assertCan(actor, "manage:unit");
  const data = parseInput(ZSplitUnitSchema, input);
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const unit = await managedUnit(tx, actor, data.unitId);
    const successors = await succeedUnits(tx, actor, {
      predecessors: [unit],
      successors: data.successors.map(([code, name, committeeName]) => ({
        code,
        name,
        kindWord: data.kindWord,
        committeeName,
        superiorBodyName: null,
        numberSuffix: data.numberSuffix,
        placeName: data.placeName,
      })),
      kind: "SPLIT",
      effectiveOn: data.effectiveOn,
      note: data.note,
    });
    await recordAudit(tx, actor.id, "unit.split", ["Unit", unit.id], { after: data });
    return successors;
  });
}
