import "server-only";
import type { Prisma } from "@prisma/client";
import type { RecordScope } from "@/server/auth/policy";
import type { Tx } from "@/server/db/client";
import type { NewNotification } from "@/server/notifications/notify";
import { formatDate, vietnamDay } from "@/lib/dates";
import { vi } from "@/messages/vi";
import { recipientsOfEach } from "@/server/notifications/recipients";
import { excerpt } from "./directive-access";
import { overdueWhere } from "./directive-overdue";

const BATCH = 500;

/**
 * "Directive assigned" for the staff of every organization leading or supporting an
 * unfinished directive of a concluded (or published) meeting. The key is per directive
 * and organization role, so it is sent once however often it is computed.
 */
export async function assignedNotifications(tx: Tx, where: Prisma.DirectiveWhereInput = {}): Promise<NewNotification[]> {
  const out: NewNotification[] = [];
  let cursor: string | undefined;
  for (;;) {
    const rows = await tx.directive.findMany({
      where: {
        AND: [
          where,
          { status: { in: ["OPEN", "IN_PROGRESS"] } },
          { meeting: { status: { in: ["CONCLUDED", "PUBLISHED"] }, isArchive: false } },
        ],
      },
      orderBy: { id: "asc" },
      take: BATCH,
      ...(cursor ? { skip: 1, cursor: { id: cursor } } : {}),
      select: {
        id: true,
        content: true,
        dueDate: true,
        meeting: { select: { unit: { select: { path: true } } } },
        organizations: { select: { organizationId: true } },
      },
    });
    const staff = await recipientsOfEach(
      tx,
      "progress:directive",
      new Map(rows.map((row) => [row.id, directiveScope(row.meeting.unit.path, row.organizations)])),
    );
    for (const row of rows) {
      for (const userId of staff.get(row.id) ?? []) {
        out.push({
          userId,
          kind: "directive.assigned",
          title: vi.directives.assignedTitle(excerpt(row.content)),
          body: row.dueDate ? vi.directives.dueBody(formatDate(row.dueDate)) : "",
          link: `/directives/${row.id}`,
          dedupeKey: `directive-assigned:${row.id}`,
        });
      }
    }
    if (rows.length < BATCH) break;
    cursor = rows[rows.length - 1].id;
  }
  return out;
}

/**
 * "Directive overdue" for the lead organization's staff and the secretariat above the
 * meeting's unit; one per directive and due day (a new due day warns again).
 */
export async function overdueNotifications(tx: Tx, now: Date): Promise<NewNotification[]> {
  const out: NewNotification[] = [];
  let cursor: string | undefined;
  for (;;) {
    const rows = await tx.directive.findMany({
      where: overdueWhere(now),
      orderBy: { id: "asc" },
      take: BATCH,
      ...(cursor ? { skip: 1, cursor: { id: cursor } } : {}),
      select: {
        id: true,
        content: true,
        dueDate: true,
        meeting: { select: { unit: { select: { path: true } } } },
        organizations: { where: { role: "LEAD" }, select: { organizationId: true } },
      },
    });
    const leads = new Map(rows.map((row) => [row.id, directiveScope(row.meeting.unit.path, row.organizations)]));
    const leadStaff = await recipientsOfEach(tx, "progress:directive", leads);
    const confirmers = await recipientsOfEach(tx, "confirm:directive", leads);
    for (const row of rows) {
      const userIds = new Set([...(leadStaff.get(row.id) ?? []), ...(confirmers.get(row.id) ?? [])]);
      const due = row.dueDate ? vietnamDay(row.dueDate) : "none";
      for (const userId of userIds) {
        out.push({
          userId,
          kind: "directive.overdue",
          title: vi.directives.overdueTitle(excerpt(row.content)),
          body: row.dueDate ? vi.directives.dueBody(formatDate(row.dueDate)) : "",
          link: `/directives/${row.id}`,
          dedupeKey: `directive-overdue:${row.id}:${due}`,
        });
      }
    }
    if (rows.length < BATCH) break;
    cursor = rows[rows.length - 1].id;
  }
  return out;
}

function directiveScope(unitPath: string, organizations: { organizationId: string }[]): RecordScope {
  return { unitPath, organizationIds: organizations.map((row) => row.organizationId) };
}
