import "server-only";
import type { Tx } from "@/server/db/client";
import { AppError } from "@/server/errors";

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
 * The committee row valid on `date` (documents keep the names of their day, issue 13):
 * the row whose validity contains the day, else the latest row that started before it,
 * else the earliest row.
 */
export async function getIssuerOn(db: Tx, unitId: string, date: Date): Promise<IssuerOn> {
  const rows = await db.unitCommittee.findMany({
    where: { unitId },
    orderBy: [{ validFrom: { sort: "asc", nulls: "first" } }],
    select: { name: true, superiorBodyName: true, numberSuffix: true, placeName: true, validFrom: true, validTo: true },
  });
  if (rows.length === 0) throw new AppError("NOT_FOUND");
  const day = date.toISOString().slice(0, 10);
  const iso = (value: Date | null) => (value ? value.toISOString().slice(0, 10) : null);
  const valid = rows.find((row) => (iso(row.validFrom) ?? "") <= day && day <= (iso(row.validTo) ?? "9999-12-31"));
  const startedBefore = rows.filter((row) => (iso(row.validFrom) ?? "") <= day).at(-1);
  const row = valid ?? startedBefore ?? rows[0];
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
