import "server-only";
import type { Tx } from "@/server/db/client";
import { vietnamDay } from "@/lib/dates";
import { storedDay } from "./unit-rules";

/** The unit's and its committee's names as they were on a day (history is never rewritten). */
export interface UnitNamesOn {
  unitName: string;
  committeeName: string;
  superiorBodyName: string | null;
  placeName: string;
}

export type CommitteeRow = {
  unitName: string;
  name: string;
  superiorBodyName: string | null;
  placeName: string;
  validFrom: Date | null;
  validTo: Date | null;
};

/** The row valid on `day`, else the latest that started before it, else the earliest (as getIssuerOn). */
export function pickValidOn<T extends { validFrom: Date | null; validTo: Date | null }>(
  rows: readonly T[],
  day: string,
): T | undefined {
  const sorted = [...rows].sort((a, b) => (storedDay(a.validFrom) ?? "").localeCompare(storedDay(b.validFrom) ?? ""));
  const valid = sorted.find((row) => (storedDay(row.validFrom) ?? "") <= day && day <= (storedDay(row.validTo) ?? "9999-12-31"));
  return valid ?? sorted.filter((row) => (storedDay(row.validFrom) ?? "") <= day).at(-1) ?? sorted[0];
}

/** What the names of a unit on a day are picked from: the unit's row and its committees' rows. */
export const UNIT_NAMES_SELECT = {
  name: true,
  committeeName: true,
  placeName: true,
  committees: {
    select: { unitName: true, name: true, superiorBodyName: true, placeName: true, validFrom: true, validTo: true },
  },
} as const;

/** Names of a unit on the Vietnam day of `date` (today when null); falls back to the unit row. */
export async function getUnitNamesOn(db: Tx, unitId: string, date: Date | null): Promise<UnitNamesOn | null> {
  const unit = await db.unit.findUnique({ where: { id: unitId }, select: UNIT_NAMES_SELECT });
  return unit && unitNamesOn(unit, date);
}

/** The names on the Vietnam day of `date` (today when null) from rows already read (the meeting page reads them with the meeting). */
export function unitNamesOn(
  unit: { name: string; committeeName: string; placeName: string; committees: readonly CommitteeRow[] },
  date: Date | null,
): UnitNamesOn {
  const row: CommitteeRow | undefined = pickValidOn(unit.committees, vietnamDay(date ?? new Date()));
  return {
    unitName: row?.unitName || unit.name,
    committeeName: row?.name ?? unit.committeeName,
    superiorBodyName: row?.superiorBodyName ?? null,
    placeName: row?.placeName ?? unit.placeName,
  };
}
