import { directiveStatus } from "@/messages/vi/labels";
import { meetingRecordVi } from "@/messages/vi/meeting-record";
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

/**
 * A directive's status in words. An archive entry's directive (a meeting recorded after the fact)
 * says what is known of it: "Đã hoàn thành", "Không thực hiện" (stored as CANCELLED) or "Chưa rõ"
 * (stored as OPEN), never "Chưa thực hiện" or "Đã hủy", which would read as current work.
 */
export function directiveStatusLabel(directive: {
  status: keyof typeof directiveStatus;
  meeting?: { isArchive?: boolean } | null;
}): string {
  return directive.meeting?.isArchive
    ? meetingRecordVi.directives.archiveStatus[directive.status]
    : directiveStatus[directive.status];
}
