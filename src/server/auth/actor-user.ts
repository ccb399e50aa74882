import "server-only";
import type { Prisma } from "@prisma/client";
import type { Tx } from "@/server/db/client";
import type { Actor } from "./actor";

/** What an actor is made of, read from the user row (a session, a calendar feed's owner). */
export const ACTOR_USER_SELECT = {
  id: true,
  username: true,
  fullName: true,
  role: true,
  unitId: true,
  organizationId: true,
  isActive: true,
  unit: { select: { path: true, name: true } },
} satisfies Prisma.UserSelect;

type ActorUser = Prisma.UserGetPayload<{ select: typeof ACTOR_USER_SELECT }>;

/**
 * ACTOR_USER_SELECT and the session version of one user, in one statement: the session check
 * reads it whenever the database snapshot has moved, which under writes is most requests, and
 * Prisma read the user and the unit in two round trips, each planned anew (docs/decisions/0042).
 * The row type ties the columns to the select; tests/integration/sessions.test.ts compares both.
 */
export async function readSessionUser(db: Tx, id: string): Promise<(ActorUser & { sessionVersion: number }) | null> {
  const rows = await db.$queryRaw<(Omit<ActorUser, "unit"> & { sessionVersion: number; unitPath: string; unitName: string })[]>`
    SELECT u."id", u."username", u."fullName", u."role"::text AS "role", u."unitId", u."organizationId",
           u."isActive", u."sessionVersion", un."path" AS "unitPath", un."name" AS "unitName"
    FROM "User" u JOIN "Unit" un ON un."id" = u."unitId"
    WHERE u."id" = ${id}`;
  const row = rows[0];
  if (!row) return null;
  const { unitPath, unitName, ...user } = row;
  return { ...user, unit: { path: unitPath, name: unitName } };
}

/** The actor a user row stands for; `inheritedUnitPaths` when the caller has read them. */
export function actorOfUser(user: ActorUser, inheritedUnitPaths?: readonly string[]): Actor {
  return {
    id: user.id,
    username: user.username,
    fullName: user.fullName,
    role: user.role,
    unitId: user.unitId,
    unitPath: user.unit.path,
    unitName: user.unit.name,
    organizationId: user.organizationId,
    ...(inheritedUnitPaths ? { inheritedUnitPaths } : {}),
  };
}
