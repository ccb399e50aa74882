import "server-only";
import { recipientsOfEach } from "@/server/notifications/recipients";
import { recordAudit } from "@/server/audit/record-audit";
import type { Actor } from "@/server/auth/actor";
import { assertCan } from "@/server/auth/policy";
import { getDb, type Tx } from "@/server/db/client";
import { assignedNotifications, overdueNotifications } from "@/server/directives/directive-notifications";
import { formatDateTime } from "@/lib/dates";
import { formatPeriod } from "@/lib/periods";
import { daysUntilDeadline } from "@/lib/reporting";
import { vi } from "@/messages/vi";
import { notify, type NewNotification } from "./notify";

/** Days before a report deadline at which the organizations that have not submitted are told. */
export const REPORT_DUE_DAYS = [7, 2] as const;
const CHUNK = 1_000;

/**
 * "Report due in 7 days" (and "in 2 days"): for each deadline 0–7 Vietnam days ahead,
 * every ORG_REP of a reporting organization of that unit without a submitted or accepted
 * report. The key names the threshold, so each is sent once.
 */
async function reportDueNotifications(tx: Tx, now: Date): Promise<NewNotification[]> {
  const horizon = new Date(now.getTime() + (REPORT_DUE_DAYS[0] + 1) * 86_400_000);
  const deadlines = await tx.periodDeadline.findMany({
    where: { deadline: { gt: now, lte: horizon } },
    select: {
      deadline: true,
      unitId: true,
      period: { select: { id: true, year: true, type: true, index: true } },
    },
  });
  const out: NewNotification[] = [];
  for (const row of deadlines) {
    const days = daysUntilDeadline(row.deadline, now);
    const threshold = [...REPORT_DUE_DAYS].reverse().find((limit) => days <= limit);
    if (threshold === undefined) continue;
    const organizations = await tx.organization.findMany({
      where: {
        unitId: row.unitId,
        submitsReports: true,
        isActive: true,
        unitReports: { none: { periodId: row.period.id, status: { in: ["SUBMITTED", "ACCEPTED"] } } },
      },
      select: { id: true, unit: { select: { path: true } } },
    });
    const staff = await recipientsOfEach(
      tx,
      "submit:report",
      new Map(
        organizations.map((organization) => [
          organization.id,
          { unitPath: organization.unit.path, organizationIds: [organization.id] },
        ]),
      ),
    );
    const label = formatPeriod(row.period);
    for (const organization of organizations) {
      for (const userId of staff.get(organization.id) ?? []) {
        out.push({
          userId,
          kind: "report.due",
          title: vi.notifications.reportDueTitle(label, Math.max(days, 0)),
          body: vi.notifications.reportDueBody(formatDateTime(row.deadline)),
          link: "/reports",
          dedupeKey: `report-due-${threshold}:${row.period.id}:${organization.id}`,
        });
      }
    }
  }
  return out;
}

/**
 * Computes every notification that should exist now and inserts the missing ones.
 * Idempotent: each has a dedupe key unique per user, so a second run (scheduled or on
 * request) creates nothing new. "Report returned", "done confirmed/reopened" and
 * "recommendation answered" are sent by the use cases that cause them.
 */
export async function generateNotifications(now = new Date()) {
  const db = await getDb();
  const all = [
    ...(await reportDueNotifications(db, now)),
    ...(await assignedNotifications(db)),
    ...(await overdueNotifications(db, now)),
  ];
  let created = 0;
  for (let start = 0; start < all.length; start += CHUNK) {
    created += await notify(db, all.slice(start, start + CHUNK));
  }
  return { considered: all.length, created };
}

/** The job on request, from the admin or secretariat button: audited. */
export async function runNotificationJob({ actor, now = new Date() }: { actor: Actor; now?: Date }) {
  assertCan(actor, "run:notification");
  const result = await generateNotifications(now);
  const db = await getDb();
  await recordAudit(db, actor.id, "notification.run-job", ["Notification"], { after: result });
  return result;
}
