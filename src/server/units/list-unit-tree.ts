import "server-only";
import type { Actor } from "@/server/auth/actor";
import { assertCan } from "@/server/auth/policy";
import { getDb } from "@/server/db/client";

/** Units of the actor's subtree, parents before children, with their organizations. */
export async function listUnitTree(actor: Actor) {
  assertCan(actor, "read:unit");
  const db = await getDb();
  return db.unit.findMany({
    where: { path: { startsWith: actor.unitPath } },
    orderBy: { path: "asc" },
    select: {
      id: true,
      code: true,
      name: true,
      level: true,
      committeeName: true,
      path: true,
      organizations: {
        orderBy: { sortOrder: "asc" },
        select: { id: true, name: true, shortName: true, kind: true, submitsReports: true, isActive: true },
      },
    },
  });
}
