import { meetingRecordVi } from "@/messages/vi/meeting-record";
import { meetingStatus } from "@/messages/vi/labels";

export interface HistoryRow {
  action: string;
  entityType: string;
  after: unknown;
  changed: string[];
}

/**
 * One line of a meeting's history in words: the step (an approval, a notice step, a status
 * change) and the fields it changed by their Vietnamese names. A field without a name is
 * counted as "thông tin khác", never shown by its raw name ("unitId").
 */
export function describeHistory(row: HistoryRow): string {
  const t = meetingRecordVi.history;
  const after = (row.after ?? {}) as { status?: string };
  if (row.action === "meeting.transition" && after.status) {
    const status = meetingStatus[after.status as keyof typeof meetingStatus] ?? "";
    return `${t.step[after.status] ?? t.action["meeting.transition"]}${status ? ` → ${status}` : ""}`;
  }
  const action = t.action[row.action] ?? t.unknownAction;
  if (row.entityType !== "Meeting" || row.changed.length === 0) return action;
  const named = row.changed.map((field) => t.field[field]);
  const words = [...new Set(named.filter((word): word is string => !!word))];
  if (named.some((word) => !word)) words.push(t.otherFields);
  return `${action} (${words.join(", ")})`;
}
