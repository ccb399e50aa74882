import "server-only";
import type { Prisma } from "@prisma/client";
import { vietnamDay } from "@/lib/dates";

/**
 * Overdue is derived: a due day before today in Vietnam and not finished. Never stored.
 * Directives of an archive entry (a meeting recorded after the fact) are never overdue.
 */
export function overdueWhere(now = new Date()): Prisma.DirectiveWhereInput {
  return {
    status: { in: ["OPEN", "IN_PROGRESS"] },
    dueDate: { lt: new Date(vietnamDay(now)) },
    meeting: { isArchive: false },
  };
}
