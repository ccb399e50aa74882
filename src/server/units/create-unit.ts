import "server-only";
import { recordAudit } from "@/server/audit/record-audit";
import type { Actor } from "@/server/auth/actor";
import { assertCan } from "@/server/auth/policy";
import { getDb } from "@/server/db/client";
import { parseInput } from "@/server/form-errors";
import { ZCreateUnitSchema, type TCreateUnitInput } from "./schemas";
import { insertUnit } from "./unit-write";

/** Creates a unit (with its committee row and, for a current unit, the bodies of the 2025 structure). */
export async function createUnitRecord({ actor, input }: { actor: Actor; input: TCreateUnitInput }) {
  assertCan(actor, "manage:unit");
  const data = parseInput(ZCreateUnitSchema, input);
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const unit = await insertUnit(tx, actor, data, { standardBodies: true });
    await recordAudit(tx, actor.id, "unit.create", ["Unit", unit.id], { after: data });
    return unit;
  });
}
