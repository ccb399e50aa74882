import "server-only";
import { message } from "@/messages/message-ref";
import { recordAudit } from "@/server/audit/record-audit";
import type { Actor } from "@/server/auth/actor";
import { assertCan } from "@/server/auth/policy";
import { getDb } from "@/server/db/client";
import { AppError } from "@/server/errors";
import { parseInput } from "@/server/form-errors";
import { orgTree } from "@/messages/vi/org-tree";
import { ZMergeUnitsSchema, type TMergeUnitsInput } from "./schemas";
import { managedUnit, succeedUnits } from "./unit-write";

/**
 * Merges units into a new one (many→one): each predecessor ends the day before `effectiveOn`,
 * the new unit starts that day under the same parent, and the successor links let the new
 * unit's users read the predecessors' records (policy: inherited scope, read-only).
 */
export async function mergeUnits({ actor, input }: { actor: Actor; input: TMergeUnitsInput }) {
  assertCan(actor, "manage:unit");
  const data = parseInput(ZMergeUnitsSchema, input);
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const ids = [...new Set(data.predecessorIds)];
    if (ids.length < 2)
      throw new AppError("INVALID_INPUT", message("orgTree.rules.needTwo"), { predecessorIds: orgTree.rules.needTwo });
    const predecessors = [];
    for (const id of ids) predecessors.push(await managedUnit(tx, actor, id));
    const parents = new Set(predecessors.map((unit) => unit.parentId));
    if (parents.size !== 1)
      throw new AppError("INVALID_INPUT", message("orgTree.rules.sameParent"), { predecessorIds: orgTree.rules.sameParent });
    const { code, name, kindWord, committeeName, superiorBodyName, numberSuffix, placeName } = data;
    const [successor] = await succeedUnits(tx, actor, {
      predecessors,
      successors: [{ code, name, kindWord, committeeName, superiorBodyName, numberSuffix, placeName }],
      kind: "MERGER",
      effectiveOn: data.effectiveOn,
      note: data.note,
    });
    await recordAudit(tx, actor.id, "unit.merge", ["Unit", successor.id], { after: data });
    return successor;
  });
}
