import "server-only";
import { recipientsOfEach } from "@/server/notifications/recipients";
import { recordAudit } from "@/server/audit/record-audit";
import type { Actor } from "@/server/auth/actor";
import { assertCan } from "@/server/auth/policy";
import { getDb } from "@/server/db/client";
import { AppError } from "@/server/errors";
import { notify } from "@/server/notifications/notify";
import { formatDateTime, vietnamDay } from "@/lib/dates";
import { formatPeriod } from "@/lib/periods";
import { vi } from "@/messages/vi";

/**
 * One click: an in-app notification to every account of the unit's reporting
 * organizations that have not submitted for the period. The dedupe key holds the
 * Vietnam day, so a second click the same day sends nothing new.
 */
export async function remindMissing({
  actor,
  input,
  now = new Date(),
}: {
  actor: Actor;
  input: { periodId: string; unitId: string };
  now?: Date;
}) {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const unit = await tx.unit.findUnique({ where: { id: input.unitId }, select: { id: true, path: true } });
    const period = await tx.period.findUnique({
      where: { id: input.periodId },
      select: {
        id: true,
        year: true,
        type: true,
        index: true,
        deadlines: { where: { unitId: input.unitId }, select: { deadline: true } },
      },
    });
    if (!unit || !period) throw new AppError("NOT_FOUND");
    assertCan(actor, "remind:report", { unitPath: unit.path });
    const missing = await tx.organization.findMany({
      where: {
        unitId: unit.id,
        submitsReports: true,
        isActive: true,
        unitReports: { none: { periodId: period.id, status: { in: ["SUBMITTED", "ACCEPTED"] } } },
      },
      select: { id: true },
    });
    const staff = await recipientsOfEach(
      tx,
      "submit:report",
      new Map(missing.map((organization) => [organization.id, { unitPath: unit.path, organizationIds: [organization.id] }])),
    );
    const label = formatPeriod(period);
    const deadline = period.deadlines[0]?.deadline;
    const created = await notify(
      tx,
      missing.flatMap((organization) =>
        (staff.get(organization.id) ?? []).map((userId) => ({
          userId,
          kind: "report.reminder",
          title: vi.reports.reminderTitle(label),
          body: vi.reports.reminderBody(deadline ? formatDateTime(deadline) : vi.reports.noDeadline),
          link: "/reports",
          dedupeKey: `report-reminder:${period.id}:${organization.id}:${vietnamDay(now)}`,
        })),
      ),
    );
    await recordAudit(tx, actor.id, "report.remind", ["Period", period.id], {
      after: { unitId: unit.id, organizations: missing.map((organization) => organization.id), notifications: created },
    });
    return { organizations: missing.length, created };
  });
}
