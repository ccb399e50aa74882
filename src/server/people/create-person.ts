import "server-only";
import { recordAudit } from "@/server/audit/record-audit";
import type { Actor } from "@/server/auth/actor";
import { assertCan } from "@/server/auth/policy";
import { getDb } from "@/server/db/client";
import { parseInput } from "@/server/form-errors";
import { managedUnit } from "@/server/units/unit-write";
import { insertPosition } from "./person-write";
import { ZCreatePersonSchema, type TCreatePersonInput } from "./schemas";

/** Adds a person to a unit's staff directory with their first post. */
export async function createPersonRecord({ actor, input }: { actor: Actor; input: TCreatePersonInput }) {
  assertCan(actor, "manage:unit");
  const { unitId, fullName, ...post } = parseInput(ZCreatePersonSchema, input);
  const db = await getDb();
  return db.$transaction(async (tx) => {
    await managedUnit(tx, actor, unitId);
    const person = await tx.person.create({ data: { unitId, fullName }, select: { id: true, unitId: true } });
    await insertPosition(tx, actor, person, post);
    await recordAudit(tx, actor.id, "person.create", ["Person", person.id], { after: { unitId, fullName, ...post } });
    return person;
  });
}
