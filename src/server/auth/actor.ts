import type { Role } from "@prisma/client";

/** Who is acting: the signed-in user as the use cases see them. */
export interface Actor {
  id: string;
  username: string;
  fullName: string;
  role: Role;
  unitId: string;
  /** The unit's path ("/a/b/"): the actor's scope is every unit whose path starts with it. */
  unitPath: string;
  unitName: string;
  organizationId: string | null;
  /**
   * Paths of units that ended into the actor's subtree (merged, split or renamed into it, at any
   * remove): the policy lets the actor read their records, never write them (issue 13).
   */
  inheritedUnitPaths?: readonly string[];
}

/** Everything that decides what the actor sees, for keys of answers cached per viewer. */
export function actorScopeKey(actor: Actor): string {
  return [
    actor.id,
    actor.role,
    actor.unitId,
    actor.unitPath,
    actor.organizationId ?? "",
    ...(actor.inheritedUnitPaths ?? []),
  ].join("|");
}
