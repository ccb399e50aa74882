import type { Prisma } from "@prisma/client";
import type { Actor } from "@/server/auth/actor";
import { readableWhere } from "@/server/auth/policy";
import { overdueWhere } from "@/server/directives/directive-overdue";
import type { ZListDirectivesSchema } from "@/server/directives/schemas";

/**
 * The board's rows for the actor and filters but the words searched, as Prisma says it: the
 * reference the board's one statement (directiveBoardPage) is compared with. Only the tests use
 * it, so it lives with them (docs/decisions/0044).
 */
export function directiveFilterWhere(
  actor: Actor,
  filters: ReturnType<typeof ZListDirectivesSchema.parse>,
  now: Date,
): Prisma.DirectiveWhereInput {
  return {
    AND: [
      readableWhere(actor, "read:directive"),
      filters.status ? { status: filters.status } : {},
      filters.organizationId ? { organizations: { some: { organizationId: filters.organizationId } } } : {},
      filters.mine ? { organizations: { some: { organizationId: actor.organizationId ?? "-" } } } : {},
      filters.meetingId ? { meetingId: filters.meetingId } : {},
      filters.periodId ? { meeting: { periodId: filters.periodId } } : {},
      filters.documentId ? { documents: { some: { documentId: filters.documentId } } } : {},
      filters.category ? { category: filters.category } : {},
      filters.overdue ? overdueWhere(now) : {},
    ],
  };
}
