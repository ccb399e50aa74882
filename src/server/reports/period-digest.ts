import "server-only";
import { Prisma } from "@prisma/client";
import type { Actor } from "@/server/auth/actor";
import { assertCan } from "@/server/auth/policy";
import { getDb } from "@/server/db/client";
import { AppError } from "@/server/errors";

/**
 * The material the secretariat prepares a meeting from: for a period and a unit,
 * every submitted or accepted report of the unit's organizations — figures per
 * organization and totals per indicator, difficulties and recommendations grouped
 * by organization, and who has not reported.
 */
export async function getPeriodDigest({ actor, periodId, unitId }: { actor: Actor; periodId: string; unitId?: string }) {
  const db = await getDb();
  const [period, unit] = await Promise.all([
    db.period.findUnique({ where: { id: periodId }, select: { id: true, year: true, type: true, index: true } }),
    db.unit.findUnique({ where: { id: unitId ?? actor.unitId }, select: { id: true, name: true, path: true } }),
  ]);
  if (!period || !unit) throw new AppError("NOT_FOUND");
  // The whole unit's material: a unit-subtree reader (secretariat, leader), not one organization.
  assertCan(actor, "read:report", { unitPath: unit.path });
  const organizations = await db.organization.findMany({
    where: { unitId: unit.id, submitsReports: true, isActive: true },
    orderBy: { sortOrder: "asc" },
    select: {
      id: true,
      name: true,
      shortName: true,
      unitReports: {
        where: { periodId, status: { in: ["SUBMITTED", "ACCEPTED"] } },
        select: {
          id: true,
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
  const reported = organizations.filter((organization) => organization.unitReports.length > 0);
  // Totals per indicator name and unit label: the same figure of different kinds of
  // organizations (e.g. "Hội viên kết nạp mới") adds up; money adds up as money.
  const totals = new Map<string, { name: string; unitLabel: string; isMoney: boolean; value: Prisma.Decimal }>();
  let moneyTotal = new Prisma.Decimal(0);
  const byOrganization = reported.map((organization) => {
    const report = organization.unitReports[0];
    for (const item of report.indicatorValues) {
      const key = `${item.indicator.name}|${item.indicator.unitLabel}`;
      const entry = totals.get(key) ?? { ...item.indicator, value: new Prisma.Decimal(0) };
      entry.value = entry.value.plus(item.value);
      totals.set(key, entry);
      if (item.indicator.isMoney) moneyTotal = moneyTotal.plus(item.value);
    }
    return {
      organization: { id: organization.id, name: organization.name, shortName: organization.shortName },
      reportId: report.id,
      status: report.status,
      isLate: report.isLate,
      achievements: report.achievements,
      shortcomings: report.shortcomings,
      nextTasks: report.nextTasks,
      indicators: report.indicatorValues.map((item) => ({ ...item.indicator, value: item.value.toString() })),
      recommendations: report.recommendations,
    };
  });
  return {
    period,
    unit: { id: unit.id, name: unit.name },
    expected: organizations.length,
    reports: byOrganization,
    missing: organizations.filter((organization) => organization.unitReports.length === 0).map(({ id, name }) => ({ id, name })),
    totals: [...totals.values()].map((entry) => ({ ...entry, value: entry.value.toString() })),
    moneyTotal: moneyTotal.toString(),
  };
}
