import "server-only";
import type { PeriodType } from "@prisma/client";
import type { Actor } from "@/server/auth/actor";
import { assertCan } from "@/server/auth/policy";
import { readThroughSnapshot } from "@/server/cache/snapshot-cache";
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
  const target = unitId ?? actor.unitId;
  const companionIds = companionPeriodIds.slice(0, MAX_COMPANION_PERIODS);
  // The same for every reader of the unit with the same subtree of choices: reused while the
  // database is unchanged (docs/decisions/0010), then the policy on the unit it is about.
  // Nothing is returned before the check.
  const found = await readThroughSnapshot(`matrix:${target}:${year}:${type}:${companionIds.join(",")}:${actor.unitPath}`, () =>
    loadMatrix({ unitId: target, year, type, companionIds, unitPath: actor.unitPath }),
  );
  if (!found) throw new AppError("NOT_FOUND");
  assertCan(actor, "read:report-matrix", { unitPath: found.unitPath });
  return found.matrix;
}

/** The matrix of a unit, with the units under `unitPath` to choose from; null for an unknown unit. */
async function loadMatrix({
  unitId,
  year,
  type,
  companionIds,
  unitPath,
}: {
  unitId: string;
  year: number;
  type: PeriodType;
  companionIds: readonly string[];
  unitPath: string;
}) {
  const db = await getDb();
  // Every read keyed by the unit id asked for, so all of them go out at once (an unknown unit
  // finds no organizations and no reports).
  const [unit, organizations, ownPeriods, companions, units, reports] = await Promise.all([
    db.unit.findUnique({ where: { id: unitId }, select: { id: true, name: true, path: true } }),
    db.organization.findMany({
      where: { unitId, submitsReports: true, isActive: true },
      orderBy: { sortOrder: "asc" },
      select: { id: true, name: true, shortName: true },
    }),
    db.period.findMany({
      where: { year, type },
      orderBy: { index: "asc" },
      select: PERIOD_COLUMN(unitId),
    }),
    db.period.findMany({
      where: { id: { in: [...companionIds] }, NOT: { year, type } },
      orderBy: [{ year: "asc" }, { type: "asc" }, { index: "asc" }],
      select: PERIOD_COLUMN(unitId),
    }),
    db.unit.findMany({
      where: { path: { startsWith: unitPath } },
      orderBy: { path: "asc" },
      select: { id: true, name: true },
    }),
    db.unitReport.findMany({
      where: { unitId, period: { OR: [{ year, type }, { id: { in: [...companionIds] } }] } },
      select: { id: true, organizationId: true, periodId: true, status: true, isLate: true },
    }),
  ]);
  if (!unit) return null;
  const periods = [...ownPeriods, ...companions];
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
  return { unitPath: unit.path, matrix: { unit: { id: unit.id, name: unit.name }, units, year, rows, columns, total } };
}
