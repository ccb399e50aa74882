import "server-only";
import type { Prisma } from "@prisma/client";
import type { Actor } from "@/server/auth/actor";

/**
 * Audit entries an admin may read: actions by users of their subtree; entries
 * without a user (failed sign-ins) only for the top-level administrators.
 */
export function readableAuditWhere(actor: Actor): Prisma.AuditLogWhereInput {
  const isTopLevel = actor.unitPath.split("/").filter(Boolean).length === 1;
  const bySubtree: Prisma.AuditLogWhereInput = { actor: { unit: { path: { startsWith: actor.unitPath } } } };
  return isTopLevel ? { OR: [bySubtree, { actorId: null }] } : bySubtree;
}
