import "server-only";
import { message } from "@/messages/message-ref";
import { recordAudit } from "@/server/audit/record-audit";
import type { Actor } from "@/server/auth/actor";
import { assertCan } from "@/server/auth/policy";
import { getDb } from "@/server/db/client";
import { AppError } from "@/server/errors";
import { parseInput } from "@/server/form-errors";
import { orgTree } from "@/messages/vi/org-tree";
import { ZEndUnitSchema, type TEndUnitInput } from "./schemas";
import { dayToDate, storedDay } from "./unit-rules";
import { closeUnit, managedUnit } from "./unit-write";

/** Ends a unit on its last day without a successor (its records stay, read-only). */
export async function endUnit({ actor, input }: { actor: Actor; input: TEndUnitInput }) {
  assertCan(actor, "manage:unit");
  const data = parseInput(ZEndUnitSchema, input);
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const unit = await managedUnit(tx, actor, data.unitId);
    const validFrom = storedDay(unit.validFrom);
    if (validFrom && data.validTo < validFrom)
      throw new AppError("INVALID_INPUT", message("orgTree.rules.endBeforeStart"), { validTo: orgTree.rules.endBeforeStart });
    await closeUnit(tx, unit, dayToDate(data.validTo));
    await recordAudit(tx, actor.id, "unit.end", ["Unit", unit.id], { after: data });
    return { id: unit.id };
  });
}
