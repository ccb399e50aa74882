import "server-only";
import { actorScopeKey, type Actor } from "@/server/auth/actor";
import { can, readableWhere } from "@/server/auth/policy";
import { readThroughScope } from "@/server/cache/change-scope";
import { getDb } from "@/server/db/client";
import { overdueWhere } from "@/server/directives/directive-overdue";
import { listMyNotifications } from "@/server/notifications/list-notifications";
import { deadlineWithOwnReport } from "@/server/reports/list-reports";
import { countDirectives, countReports, tallyUnitFor } from "@/server/tallies/read-tallies";
import { startOfMinute, vietnamDay } from "@/lib/dates";
import { daysUntilDeadline } from "@/lib/reporting";

const LIST_SIZE = 5;

/** The sections' actions: every row they show lies inside the actor's subtrees for these. */
const HOME_READS = [
  "read:meeting",
  "follow:meeting",
  "approve:meeting",
  "read:directive",
  "progress:directive",
  "review:report",
  "submit:report",
  "manage:user",
  "read:audit",
] as const;

/**
 * What the home page shows each role; sections the role may not see are null. Everyone lands
 * here after signing in, so the answer is computed as of the minute and reused until a write
 * lands in the reader's subtrees (docs/decisions/0047).
 */
export function getHomeSummary(actor: Actor, now = new Date()) {
  const asOf = startOfMinute(now);
  return readThroughScope(actor, HOME_READS, `home:${actorScopeKey(actor)}:${asOf.toISOString()}`, () =>
    loadHomeSummary(actor, asOf),
  );
}

async function loadHomeSummary(actor: Actor, now: Date) {
  const db = await getDb();
  const meetings = readableWhere(actor, "read:meeting");
  const directives = readableWhere(actor, "read:directive");

  const upcomingMeetings = can(actor, "read:meeting")
    ? await db.meeting.findMany({
        where: { AND: [meetings, { status: { in: ["SCHEDULED", "DRAFT"] } }] },
        orderBy: [{ startsAt: { sort: "asc", nulls: "last" } }],
        take: LIST_SIZE,
        select: { id: true, title: true, startsAt: true, status: true, place: true },
      })
    : null;

  const publishedMeetings = can(actor, "follow:meeting")
    ? await db.meeting.findMany({
        where: { AND: [readableWhere(actor, "follow:meeting"), { status: "PUBLISHED" }] },
        orderBy: { startsAt: "desc" },
        take: LIST_SIZE,
        select: { id: true, title: true, startsAt: true, status: true, place: true },
      })
    : null;

  const awaitingApproval = can(actor, "approve:meeting")
    ? await db.meeting.count({ where: { AND: [meetings, { status: "HELD" }] } })
    : null;

  // Counts over a whole subtree come from the tallies (docs/decisions/0027); narrower scopes count rows.
  const reviewUnit = tallyUnitFor(actor, "review:report");
  const reportsToReview = !can(actor, "review:report")
    ? null
    : reviewUnit
      ? await countReports(db, reviewUnit, ["SUBMITTED"])
      : await db.unitReport.count({ where: { AND: [readableWhere(actor, "review:report"), { status: "SUBMITTED" }] } });

  const directiveUnit = tallyUnitFor(actor, "read:directive");
  const directiveCounts = !can(actor, "read:directive")
    ? null
    : directiveUnit
      ? {
          open: await countDirectives(db, directiveUnit, { statuses: ["OPEN", "IN_PROGRESS"] }),
          overdue: await countDirectives(db, directiveUnit, { statuses: ["OPEN", "IN_PROGRESS"], dueBefore: vietnamDay(now) }),
        }
      : {
          open: await db.directive.count({ where: { AND: [directives, { status: { in: ["OPEN", "IN_PROGRESS"] } }] } }),
          overdue: await db.directive.count({ where: { AND: [directives, overdueWhere(now)] } }),
        };

  const myDirectives =
    can(actor, "progress:directive") && actor.organizationId
      ? await db.directive.findMany({
          where: {
            AND: [
              readableWhere(actor, "progress:directive"),
              { status: { in: ["OPEN", "IN_PROGRESS"] } },
              // An archive entry's directives are history, not today's tasks.
              { meeting: { isArchive: false } },
            ],
          },
          orderBy: [{ dueDate: { sort: "asc", nulls: "last" } }],
          take: LIST_SIZE,
          select: { id: true, content: true, dueDate: true, status: true },
        })
      : null;

  const reportsOwed =
    can(actor, "submit:report") && actor.organizationId
      ? await db.periodDeadline.findMany({
          where: {
            unitId: actor.unitId,
            deadline: { gte: new Date(now.getTime() - 120 * 86400000), lte: new Date(now.getTime() + 120 * 86400000) },
            period: {
              unitReports: { none: { organizationId: actor.organizationId, status: { in: ["SUBMITTED", "ACCEPTED"] } } },
            },
          },
          orderBy: { deadline: "asc" },
          select: deadlineWithOwnReport(actor.organizationId),
        })
      : null;
  const owed = reportsOwed?.map(({ deadline, period: { unitReports, ...period } }) => {
    const days = daysUntilDeadline(deadline, now);
    const late = now.getTime() > deadline.getTime();
    return {
      deadline,
      period,
      report: unitReports[0] ?? null,
      daysLeft: late ? null : days,
      // Past the deadline instant on its own day still counts as one day late.
      daysLate: late ? Math.max(1, -days) : null,
    };
  });

  const activeUsers = can(actor, "manage:user")
    ? await db.user.count({ where: { AND: [readableWhere(actor, "manage:user"), { isActive: true }] } })
    : null;

  const recentAudit = can(actor, "read:audit")
    ? await db.auditLog.findMany({
        where: readableWhere(actor, "read:audit"),
        orderBy: { at: "desc" },
        take: LIST_SIZE,
        select: { id: true, at: true, action: true, entityType: true, actor: { select: { username: true } } },
      })
    : null;

  return {
    upcomingMeetings,
    publishedMeetings,
    awaitingApproval,
    reportsToReview,
    directiveCounts,
    myDirectives,
    reportsOwed: owed ?? null,
    notifications: await listMyNotifications(actor),
    activeUsers,
    recentAudit,
  };
}
