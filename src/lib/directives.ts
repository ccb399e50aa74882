import { vietnamDay } from "./dates";

/**
 * Overdue is derived, never stored (DESIGN.md §3): unfinished and its due day (a Vietnam
 * calendar day) is before today's Vietnam day. On the due day itself it is not overdue.
 */
export function isOverdue(
  directive: { status: string; dueDate: Date | null; meeting?: { isArchive?: boolean } | null },
  now = new Date(),
): boolean {
  // An archive entry's directives (a meeting recorded after the fact) are history, never overdue.
  if (directive.meeting?.isArchive) return false;
  if (!directive.dueDate || (directive.status !== "OPEN" && directive.status !== "IN_PROGRESS")) return false;
  return directive.dueDate.toISOString().slice(0, 10) < vietnamDay(now);
}
