import "server-only";
import type { Tx } from "@/server/db/client";
import { AppError } from "@/server/errors";
import { vietnamDay } from "@/lib/dates";
import { pickValidOn } from "./names-on";

/** How a unit's Party committee signed its documents on a given day. */
export interface IssuerOn {
  unitId: string;
  /** "Huyện ủy Phú Vang". */
  committeeName: string;
  /** "ĐẢNG BỘ TỈNH THỪA THIÊN HUẾ" above the issuer in a lower committee's header; null for a province. */
  superiorBodyName: string | null;
  /** "TU", "HU", "QU", "ĐU": the issuer part of "Số 12-TB/HU". */
  numberSuffix: string;
  /** "Huế" in "Huế, ngày 05 tháng 02 năm 2021". */
  placeName: string;
}

/**
 * The committee row valid on the Vietnam day of `date` (documents keep the names of their day,
 * issue 13), as `getUnitNamesOn` picks it: name, superior body, suffix and place all from that
 * one row, never mixed with another day's.
 */
export async function getIssuerOn(db: Tx, unitId: string, date: Date): Promise<IssuerOn> {
  const rows = await db.unitCommittee.findMany({
    where: { unitId },
    select: { name: true, superiorBodyName: true, numberSuffix: true, placeName: true, validFrom: true, validTo: true },
  });
  const row = pickValidOn(rows, vietnamDay(date));
  if (!row) throw new AppError("NOT_FOUND");
  return {
    unitId,
    committeeName: row.name,
    superiorBodyName: row.superiorBodyName,
    numberSuffix: row.numberSuffix,
    placeName: row.placeName,
  };
}

/** The issuer from the unit's current name, for documents laid out without a committee row (tests). */
export function issuerOfUnit(meeting: { unitId: string; unit: { committeeName: string; placeName: string } }): IssuerOn {
  return {
    unitId: meeting.unitId,
    committeeName: meeting.unit.committeeName,
    superiorBodyName: null,
    numberSuffix: "",
    placeName: meeting.unit.placeName,
  };
}

/**
 * The day whose committee issues a meeting's notice: the day it was issued when the archive
 * records it, else the meeting's day (a notice drafted years later still speaks for the
 * committee that met), else today.
 */
export const issuerDayOf = (meeting: { startsAt: Date | null }, issuedOn?: Date) => issuedOn ?? meeting.startsAt ?? new Date();
