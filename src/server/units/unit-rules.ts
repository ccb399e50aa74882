import "server-only";
import { message } from "@/messages/message-ref";
import type { Tx } from "@/server/db/client";
import { AppError } from "@/server/errors";
import { vietnamDay } from "@/lib/dates";
import { orgTree } from "@/messages/vi/org-tree";

/** A @db.Date column's day as "yyyy-mm-dd" (stored as UTC midnight). */
export function storedDay(value: Date | null | undefined): string | null {
  return value ? value.toISOString().slice(0, 10) : null;
}

/** "yyyy-mm-dd" → the Date a @db.Date column stores. */
export function dayToDate(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

/** The day before "yyyy-mm-dd", as a stored date: a predecessor ends the day before its successor starts. */
export function dayBefore(day: string): Date {
  return new Date(dayToDate(day).getTime() - 86_400_000);
}

function displayDay(day: string): string {
  const [year, month, date] = day.split("-");
  return `${date}/${month}/${year}`;
}

/** Since 1 July 2025 there are no districts (Resolutions 202 and 203/2025/QH15). */
export const LAST_DISTRICT_DAY = "2025-06-30";

/** A DISTRICT valid after 30 June 2025 only as a historical record. */
export function assertLevelAllowed(input: {
  level: string;
  validFrom: string | null;
  validTo: string | null;
  isHistorical: boolean;
}): void {
  if (input.level !== "DISTRICT" || input.isHistorical) return;
  const lastDay = input.validTo ?? "9999-12-31";
  const firstDay = input.validFrom ?? "0000-01-01";
  if (lastDay > LAST_DISTRICT_DAY || firstDay > LAST_DISTRICT_DAY)
    throw new AppError("INVALID_INPUT", message("orgTree.rules.districtAfterReform"), {
      level: orgTree.rules.districtAfterReform,
    });
}

/**
 * Refuses a new record (meeting, period deadline, report) of a unit on a day the unit does not
 * exist: an ended unit takes nothing new; its successor does. `date` is an instant (its Vietnam
 * day is compared) or null (today). An archive entry (a record made after the fact) only needs
 * its date within the unit's validity.
 */
export async function assertUnitOpenOn(
  tx: Tx,
  unitId: string,
  date: Date | null,
  options: { archive?: boolean } = {},
): Promise<void> {
  const unit = await tx.unit.findUnique({ where: { id: unitId }, select: { name: true, validFrom: true, validTo: true } });
  if (!unit) throw new AppError("NOT_FOUND");
  const today = vietnamDay(new Date());
  const day = date ? vietnamDay(date) : today;
  const validTo = storedDay(unit.validTo);
  // An ended unit takes nothing new, whatever the date typed: history is entered as archive, not as new work.
  if (validTo && (validTo < day || (!options.archive && validTo < today))) {
    const refusal = message("orgTree.rules.unitEnded", unit.name, displayDay(validTo));
    throw new AppError("INVALID_STATE", refusal, { unitId: refusal });
  }
  const validFrom = storedDay(unit.validFrom);
  if (validFrom && day < validFrom) {
    const refusal = message("orgTree.rules.unitNotYet", unit.name, displayDay(validFrom));
    throw new AppError("INVALID_STATE", refusal, { unitId: refusal });
  }
}

/** Whether the unit has ended by today (its records are read-only). */
export function isEnded(unit: { validTo: Date | null }, today = vietnamDay(new Date())): boolean {
  const validTo = storedDay(unit.validTo);
  return validTo !== null && validTo < today;
}

/**
 * Whether a meeting of the unit is read-only history: the unit has ended, and the meeting is not
 * an archive entry. An archive entry is history being entered after the fact (`assertUnitOpenOn`
 * lets it be created on a dissolved unit), so its roll call, minutes and directives stay writable.
 */
export function isFrozenMeeting(meeting: { isArchive: boolean; unit: { validTo: Date | null } }): boolean {
  return !meeting.isArchive && isEnded(meeting.unit);
}
