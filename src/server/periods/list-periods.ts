import "server-only";
import type { Actor } from "@/server/auth/actor";
import { assertCan } from "@/server/auth/policy";
import { getDb } from "@/server/db/client";

export async function listPeriods(actor: Actor) {
  assertCan(actor, "read:period");
  const db = await getDb();
  return db.period.findMany({
    orderBy: [{ year: "desc" }, { type: "asc" }, { index: "desc" }],
    select: {
      id: true,
      year: true,
      type: true,
      index: true,
      startDate: true,
      endDate: true,
      deadlines: {
        where: { unit: { path: { startsWith: actor.unitPath } } },
        orderBy: { unit: { path: "asc" } },
        select: { deadline: true, unit: { select: { id: true, name: true } } },
      },
    },
  });
}

/** Units whose deadlines the actor sets: their own and those below it. */
export async function listDeadlineUnits(actor: Actor) {
  assertCan(actor, "manage:period");
  const db = await getDb();
  return db.unit.findMany({
    where: { path: { startsWith: actor.unitPath } },
    orderBy: { path: "asc" },
    select: { id: true, name: true },
  });
}
