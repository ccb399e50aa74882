import "server-only";
import { Prisma, type PeriodType, type ReportStatus } from "@prisma/client";
import type { Actor } from "@/server/auth/actor";
import { assertCan } from "@/server/auth/policy";
import { readThroughScope } from "@/server/cache/change-scope";
import { getDb, hotRows } from "@/server/db/client";
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
  // The same for every reader of the unit with the same subtree of choices: reused until a write
  // lands in the reader's subtrees (docs/decisions/0047), then the policy on the unit it is
  // about. Nothing is returned before the check, so an answer about a unit outside those
  // subtrees, which their counts do not follow, is never shown.
  const found = await readThroughScope(
    actor,
    ["read:report", "read:report-matrix"],
    `matrix:${target}:${year}:${type}:${companionIds.join(",")}:${actor.unitPath}`,
    () => loadMatrix({ unitId: target, year, type, companionIds, unitPath: actor.unitPath }),
  );
  if (!found) throw new AppError("NOT_FOUND");
  assertCan(actor, "read:report-matrix", { unitPath: found.unitPath });
  return found.matrix;
}

interface MatrixLoad {
  id: string;
  name: string;
  path: string;
  organizations: { id: string; name: string; shortName: string }[];
  /** The year's own periods by index, then the companions by year, type and index. */
  periods: { id: string; year: number; type: PeriodType; index: number; deadline: string | null }[];
  reports: { id: string; organizationId: string; periodId: string; status: ReportStatus; isLate: boolean }[];
  units: { id: string; name: string }[];
}

/**
 * The matrix of a unit, with the units under `unitPath` to choose from, in one statement
 * (through Prisma it was eight queries holding as many pool connections: issue 18); null for
 * an unknown unit.
 */
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
  const [unit] = await hotRows<MatrixLoad>(
    db,
    Prisma.sql`
    WITH periods AS (
      SELECT p.id, p.year, p.type, p.index, (p.year = ${year} AND p.type = ${type}::"PeriodType") AS own
      FROM "Period" p
      WHERE (p.year = ${year} AND p.type = ${type}::"PeriodType") OR p.id = ANY(${[...companionIds]})
    )
    SELECT u.id, u.name, u.path,
      COALESCE((
        SELECT json_agg(json_build_object('id', o.id, 'name', o.name, 'shortName', o."shortName") ORDER BY o."sortOrder")
        FROM "Organization" o WHERE o."unitId" = u.id AND o."submitsReports" AND o."isActive"
      ), '[]'::json) AS organizations,
      COALESCE((
        SELECT json_agg(json_build_object('id', p.id, 'year', p.year, 'type', p.type, 'index', p.index,
          'deadline', (SELECT d.deadline AT TIME ZONE 'UTC' FROM "PeriodDeadline" d WHERE d."periodId" = p.id AND d."unitId" = u.id))
          ORDER BY p.own DESC, p.year, p.type, p.index)
        FROM periods p
      ), '[]'::json) AS periods,
      COALESCE((
        SELECT json_agg(json_build_object('id', r.id, 'organizationId', r."organizationId", 'periodId', r."periodId",
          'status', r.status, 'isLate', r."isLate"))
        FROM "UnitReport" r WHERE r."unitId" = u.id AND r."periodId" IN (SELECT id FROM periods)
      ), '[]'::json) AS reports,
      COALESCE((
        SELECT json_agg(json_build_object('id', c.id, 'name', c.name) ORDER BY c.path)
        FROM "Unit" c WHERE starts_with(c.path, ${unitPath})
      ), '[]'::json) AS units
    FROM "Unit" u WHERE u.id = ${unitId}`,
  );
  if (!unit) return null;
  const { organizations, periods, reports, units } = unit;
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
    deadline: period.deadline === null ? null : new Date(period.deadline),
    tally: tally(rows.map((row) => row.cells[index].cell)),
  }));
  const total = tally(rows.flatMap((row) => row.cells.map((cell) => cell.cell)));
  return { unitPath: unit.path, matrix: { unit: { id: unit.id, name: unit.name }, units, year, rows, columns, total } };
}
