import "server-only";
import type { Prisma } from "@prisma/client";
import type { Actor } from "@/server/auth/actor";
import { scopesFor } from "@/server/auth/policy";

/** The meetings the actor may read, as a where clause built from the policy's scopes. */
export function readableMeetingsWhere(actor: Actor): Prisma.MeetingWhereInput {
  const inSubtree: Prisma.MeetingWhereInput = { unit: { path: { startsWith: actor.unitPath } } };
  const branches: Prisma.MeetingWhereInput[] = scopesFor(actor, "read:meeting").map((scope) => {
    switch (scope) {
      case "any":
        return {};
      case "unit-subtree":
        return inSubtree;
      case "own-org":
        return { AND: [inSubtree, { invitations: { some: { organizationId: actor.organizationId ?? "-" } } }] };
      case "published":
        return { AND: [inSubtree, { status: "PUBLISHED" }] };
    }
  });
  return branches.length ? { OR: branches } : { id: "-" };
}
