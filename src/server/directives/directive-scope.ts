import "server-only";
import type { Prisma } from "@prisma/client";
import type { Actor } from "@/server/auth/actor";
import { scopesFor } from "@/server/auth/policy";
import { vietnamDay } from "@/lib/dates";

/** Directives the actor may read: their unit subtree, or those their organization leads or supports. */
export function readableDirectivesWhere(actor: Actor): Prisma.DirectiveWhereInput {
  const inSubtree: Prisma.DirectiveWhereInput = { meeting: { unit: { path: { startsWith: actor.unitPath } } } };
  const branches: Prisma.DirectiveWhereInput[] = scopesFor(actor, "read:directive").map((scope) => {
    switch (scope) {
      case "any":
        return {};
      case "unit-subtree":
        return inSubtree;
      case "own-org":
        return { AND: [inSubtree, { organizations: { some: { organizationId: actor.organizationId ?? "-" } } }] };
      case "published":
        return { AND: [inSubtree, { meeting: { status: "PUBLISHED" } }] };
    }
  });
  return branches.length ? { OR: branches } : { id: "-" };
}

/** Overdue is derived: a due day before today in Vietnam and not finished. Never stored. */
export function overdueWhere(now = new Date()): Prisma.DirectiveWhereInput {
  return { status: { in: ["OPEN", "IN_PROGRESS"] }, dueDate: { lt: new Date(vietnamDay(now)) } };
}
