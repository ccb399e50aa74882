import "server-only";
import type { Prisma } from "@prisma/client";
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

export type ActorUser = Prisma.UserGetPayload<{ select: typeof ACTOR_USER_SELECT }>;

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
