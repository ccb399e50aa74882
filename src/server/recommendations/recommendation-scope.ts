import "server-only";
import type { Prisma } from "@prisma/client";
import type { Actor } from "@/server/auth/actor";
import { scopesFor } from "@/server/auth/policy";

/** Recommendations the actor may read: their unit subtree, or their own organization's. */
export function readableRecommendationsWhere(actor: Actor): Prisma.RecommendationWhereInput {
  const inSubtree: Prisma.RecommendationWhereInput = { organization: { unit: { path: { startsWith: actor.unitPath } } } };
  const branches: Prisma.RecommendationWhereInput[] = scopesFor(actor, "read:recommendation").map((scope) => {
    switch (scope) {
      case "any":
        return {};
      case "unit-subtree":
        return inSubtree;
      case "own-org":
        return { AND: [inSubtree, { organizationId: actor.organizationId ?? "-" }] };
      case "published":
        return { id: "-" };
    }
  });
  // A draft report's recommendations are not yet raised.
  const raised: Prisma.RecommendationWhereInput = {
    OR: [{ reportId: null }, { report: { status: { in: ["SUBMITTED", "ACCEPTED", "RETURNED"] } } }],
  };
  return branches.length ? { AND: [{ OR: branches }, raised] } : { id: "-" };
}
