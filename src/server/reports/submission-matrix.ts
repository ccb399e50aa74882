import "server-only";
import type { PeriodType } from "@prisma/client";
import type { Actor } from "@/server/auth/actor";
import { assertCan } from "@/server/auth/policy";
import { getDb } from "@/server/db/client";
import { AppError } from "@/server/errors";
import { MAX_COMPANION_PERIODS } from "./schemas";

export type MatrixCell = "ON_TIME" | "LATE" | "MISSING" | "RETURNED" | "DRAFT";

export interface Tally {
  expected: number;
  onTime: number;
  late: number;
  /** Submitted (on time or late) / expected, 0–1. */
  rate: number;
  onTimeRate: number;
}

function tally(cells: MatrixCell[]): Tally {
  const expected = cells.length;
  const onTime = cells.filter((cell) => cell === "ON_TIME").length;
  const late = cells.filter((cell) => cell === "LATE").length;
  return {
    expected,
    onTime,
    late,
    rate: expected ? (onTime + late) / expected : 0,
    onTimeRate: expected ? onTime / expected : 0,
  };
}

/** A report's state in the matrix; a returned report counts as not (yet) submitted. */
export function cellOf(report: { status: string; isLate: boolean } | undefined): MatrixCell {
  if (!report) return "MISSING";
  if (report.status === "RETURNED") return "RETURNED";
  if (report.status === "DRAFT") return "DRAFT";
  return report.isLate ? "LATE" : "ON_TIME";
}

const PERIOD_COLUMN = (unitId: string) =>
  ({
    id: true,
    year: true,
    type: true,
    index: true,
    deadlines: { where: { unitId }, select: { deadline: true } },
  }) as const;

/**
 * Organizations × periods of a year for one unit, like DHIS2's reporting-rate
 * summary: each cell on time / late / missing / returned / draft, with counts and
 * rates per row, per column and overall. A meeting's companion periods ("6 tháng đầu năm",
 * "năm") are columns after the year's own periods, so the meeting's matrix shows them too.
 */
export async function getSubmissionMatrix({
  actor,
  unitId,
  year,
  type = "QUARTER",
  companionPeriodIds = [],
}: {
  actor: Actor;
  unitId?: string;
  year: number;
  type?: PeriodType;
  companionPeriodIds?: readonly string[];
}) {
  const db = await getDb();
  const unit = await db.unit.findUnique({ where: { id: unitId ?? actor.unitId }, select: { id: true, name: true, path: true } });
  if (!unit) throw new AppError("NOT_FOUND");
  assertCan(actor, "read:report-matrix", { unitPath: unit.path });
  const companionIds = companionPeriodIds.slice(0, MAX_COMPANION_PERIODS);
  const [organizations, ownPeriods, companions, units] = await Promise.all([
    db.organization.findMany({
      where: { unitId: unit.id, submitsReports: true, isActive: true },
      orderBy: { sortOrder: "asc" },
      select: { id: true, name: true, shortName: true },
    }),
    db.period.findMany({
      where: { year, type },
      orderBy: { index: "asc" },
      select: PERIOD_COLUMN(unit.id),
    }),
    db.period.findMany({
      where: { id: { in: companionIds }, NOT: { year, type } },
      orderBy: [{ year: "asc" }, { type: "asc" }, { index: "asc" }],
      select: PERIOD_COLUMN(unit.id),
    }),
    db.unit.findMany({
      where: { path: { startsWith: actor.unitPath } },
      orderBy: { path: "asc" },
      select: { id: true, name: true },
    }),
  ]);
  const periods = [...ownPeriods, ...companions];
  const reports = await db.unitReport.findMany({
    where: { unitId: unit.id, periodId: { in: periods.map((period) => period.id) } },
    select: { id: true, organizationId: true, periodId: true, status: true, isLate: true },
  });
  const byKey = new Map(reports.map((report) => [`${report.organizationId}:${report.periodId}`, report]));
  const rows = organizations.map((organization) => {
    const cells = periods.map((period) => {
      const report = byKey.get(`${organization.id}:${period.id}`);
      return { periodId: period.id, reportId: report?.id ?? null, cell: cellOf(report) };
    });
    return { organization, cells, tally: tally(cells.map((cell) => cell.cell)) };
  });
  const columns = periods.map((period, index) => ({
    period: { id: period.id, year: period.year, type: period.type, index: period.index },
    deadline: period.deadlines[0]?.deadline ?? null,
    tally: tally(rows.map((row) => row.cells[index].cell)),
  }));
  const total = tally(rows.flatMap((row) => row.cells.map((cell) => cell.cell)));
  return { unit: { id: unit.id, name: unit.name }, units, year, rows, columns, total };
}
