import "server-only";
import { Prisma } from "@prisma/client";
import type { Actor } from "@/server/auth/actor";
import { assertCan } from "@/server/auth/policy";
import { readThroughScope } from "@/server/cache/change-scope";
import { getDb } from "@/server/db/client";
import { AppError } from "@/server/errors";
import { formatPeriod } from "@/lib/periods";
import { MAX_COMPANION_PERIODS } from "./schemas";

/**
 * The material the secretariat prepares a meeting from: for a period and a unit,
 * every submitted or accepted report of the unit's organizations — figures per
 * organization and totals per indicator, difficulties and recommendations grouped
 * by organization, and who has not reported.
 *
 * A meeting that also covers companion periods (Quý II with "6 tháng đầu năm", Quý IV with
 * "năm") shows their reports beside the primary period's: each report, total and missing
 * organization is then named with its period, and totals never add figures of two periods.
 */
export async function getPeriodDigest({
  actor,
  periodId,
  unitId,
  companionPeriodIds = [],
}: {
  actor: Actor;
  periodId: string;
  unitId?: string;
  companionPeriodIds?: readonly string[];
}) {
  const wanted = [periodId, ...companionPeriodIds.filter((id) => id !== periodId).slice(0, MAX_COMPANION_PERIODS)];
  // The same for every reader of the unit: reused until a write lands in the reader's subtrees
  // (docs/decisions/0036, 0047), then the policy on the unit it is about. Nothing is returned
  // before the check, so an answer about a unit outside those subtrees is never shown.
  const found = await readThroughScope(actor, ["read:report"], `digest:${unitId ?? actor.unitId}:${wanted.join(",")}`, () =>
    loadDigest(unitId ?? actor.unitId, wanted),
  );
  if (!found) throw new AppError("NOT_FOUND");
  // The whole unit's material: a unit-subtree reader (secretariat, leader), not one organization.
  assertCan(actor, "read:report", { unitPath: found.unitPath });
  return found.digest;
}

/** The digest of a unit for the periods wanted (the first is the primary one); null for an unknown unit or period. */
async function loadDigest(unitId: string, wanted: string[]) {
  const db = await getDb();
  const [found, unit] = await Promise.all([
    db.period.findMany({ where: { id: { in: wanted } }, select: { id: true, year: true, type: true, index: true } }),
    db.unit.findUnique({ where: { id: unitId }, select: { id: true, name: true, path: true } }),
  ]);
  const period = found.find((row) => row.id === wanted[0]);
  if (!period || !unit) return null;
  // The primary period first, then the companions in the order asked (an unknown id is left out).
  const periods = wanted.flatMap((id) => found.filter((row) => row.id === id));
  const several = periods.length > 1;
  const named = (name: string, of: (typeof periods)[number]) => (several ? `${name} — ${formatPeriod(of)}` : name);
  const organizations = await db.organization.findMany({
    where: { unitId: unit.id, submitsReports: true, isActive: true },
    orderBy: { sortOrder: "asc" },
    select: {
      id: true,
      name: true,
      shortName: true,
      unitReports: {
        where: { periodId: { in: periods.map((row) => row.id) }, status: { in: ["SUBMITTED", "ACCEPTED"] } },
        select: {
          id: true,
          periodId: true,
          status: true,
          isLate: true,
          achievements: true,
          shortcomings: true,
          nextTasks: true,
          indicatorValues: {
            orderBy: { indicator: { sortOrder: "asc" } },
            select: { value: true, indicator: { select: { id: true, name: true, unitLabel: true, isMoney: true } } },
          },
          recommendations: {
            orderBy: { createdAt: "asc" },
            select: { id: true, content: true, addressedTo: true, status: true, answer: true },
          },
        },
      },
    },
  });
  // Totals per period, indicator name and unit label: the same figure of different kinds of
  // organizations (e.g. "Hội viên kết nạp mới") adds up; money adds up as money (the primary period's).
  const totals = new Map<string, { name: string; label: string; unitLabel: string; isMoney: boolean; value: Prisma.Decimal }>();
  let moneyTotal = new Prisma.Decimal(0);
  const byOrganization = periods.flatMap((of) =>
    organizations.flatMap((organization) =>
      organization.unitReports
        .filter((report) => report.periodId === of.id)
        .map((report) => {
          for (const item of report.indicatorValues) {
            const key = `${of.id}|${item.indicator.name}|${item.indicator.unitLabel}`;
            const entry = totals.get(key) ?? {
              ...item.indicator,
              label: named(item.indicator.name, of),
              value: new Prisma.Decimal(0),
            };
            entry.value = entry.value.plus(item.value);
            totals.set(key, entry);
            if (item.indicator.isMoney && of.id === period.id) moneyTotal = moneyTotal.plus(item.value);
          }
          return {
            organization: { id: organization.id, name: organization.name, shortName: organization.shortName },
            period: of,
            /** The organization, and the period when the digest shows several. */
            title: named(organization.name, of),
            reportId: report.id,
            status: report.status,
            isLate: report.isLate,
            achievements: report.achievements,
            shortcomings: report.shortcomings,
            nextTasks: report.nextTasks,
            indicators: report.indicatorValues.map((item) => ({ ...item.indicator, value: item.value.toString() })),
            recommendations: report.recommendations,
          };
        }),
    ),
  );
  const missing = periods.flatMap((of) =>
    organizations
      .filter((organization) => !organization.unitReports.some((report) => report.periodId === of.id))
      .map(({ id, name }) => ({ id, periodId: of.id, name: named(name, of) })),
  );
  const digest = {
    period,
    /** The companion periods shown beside the primary one. */
    companions: periods.slice(1),
    unit: { id: unit.id, name: unit.name },
    expected: organizations.length * periods.length,
    reports: byOrganization,
    missing,
    totals: [...totals.values()].map((entry) => ({ ...entry, value: entry.value.toString() })),
    moneyTotal: moneyTotal.toString(),
  };
  return { unitPath: unit.path, digest };
}
