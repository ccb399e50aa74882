import "server-only";
import type { Prisma } from "@prisma/client";
import { vietnamDay } from "@/lib/dates";

/** Overdue is derived: a due day before today in Vietnam and not finished. Never stored. */
export function overdueWhere(now = new Date()): Prisma.DirectiveWhereInput {
  return { status: { in: ["OPEN", "IN_PROGRESS"] }, dueDate: { lt: new Date(vietnamDay(now)) } };
}
