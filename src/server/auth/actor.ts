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
}
