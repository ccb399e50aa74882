import "server-only";
import { recordAudit } from "@/server/audit/record-audit";
import type { Actor } from "@/server/auth/actor";
import { assertCan } from "@/server/auth/policy";
import { getDb } from "@/server/db/client";
import { AppError } from "@/server/errors";
import { parseInput } from "@/server/form-errors";
import { dayToDate } from "@/server/units/unit-rules";
import { managedUnit } from "@/server/units/unit-write";
import { insertPosition } from "./person-write";
import { ZAddPositionSchema, ZEndPositionSchema, type TAddPositionInput, type TEndPositionInput } from "./schemas";

/** Adds a post to a person (several may be held at once, each with its body and term). */
export async function addPosition({ actor, input }: { actor: Actor; input: TAddPositionInput }) {
  assertCan(actor, "manage:unit");
  const { personId, ...post } = parseInput(ZAddPositionSchema, input);
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const person = await tx.person.findUnique({ where: { id: personId }, select: { id: true, unitId: true } });
    if (!person) throw new AppError("NOT_FOUND");
    const position = await insertPosition(tx, actor, person, post);
    await recordAudit(tx, actor.id, "person.add-post", ["Person", person.id], { after: post });
    return position;
  });
}

/** Ends a post on its last day; meetings before keep it in their snapshots. */
export async function endPosition({ actor, input }: { actor: Actor; input: TEndPositionInput }) {
  assertCan(actor, "manage:unit");
  const { positionId, endDate } = parseInput(ZEndPositionSchema, input);
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const position = await tx.position.findUnique({
      where: { id: positionId },
      select: { personId: true, endDate: true, person: { select: { unitId: true } } },
    });
    if (!position) throw new AppError("NOT_FOUND");
    await managedUnit(tx, actor, position.person.unitId);
    await tx.position.update({ where: { id: positionId }, data: { endDate: dayToDate(endDate) } });
    await recordAudit(tx, actor.id, "person.end-post", ["Person", position.personId], {
      before: { positionId, endDate: position.endDate },
      after: { positionId, endDate },
    });
    return { id: positionId };
  });
}
