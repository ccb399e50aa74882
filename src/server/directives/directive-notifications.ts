import "server-only";
import type { Prisma } from "@prisma/client";
import type { Tx } from "@/server/db/client";
import type { NewNotification } from "@/server/notifications/notify";
import { formatDate, vietnamDay } from "@/lib/dates";
import { vi } from "@/messages/vi";
import { excerpt } from "./directive-access";
import { secretariatIds } from "./directive-recipients";
import { overdueWhere } from "./directive-scope";

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
        AND: [where, { status: { in: ["OPEN", "IN_PROGRESS"] } }, { meeting: { status: { in: ["CONCLUDED", "PUBLISHED"] } } }],
      },
      orderBy: { id: "asc" },
      take: BATCH,
      ...(cursor ? { skip: 1, cursor: { id: cursor } } : {}),
      select: {
        id: true,
        content: true,
        dueDate: true,
        organizations: {
          select: {
            organization: { select: { users: { where: { isActive: true, role: "ORG_REP" }, select: { id: true } } } },
          },
        },
      },
    });
    for (const row of rows) {
      for (const role of row.organizations) {
        for (const user of role.organization.users) {
          out.push({
            userId: user.id,
            kind: "directive.assigned",
            title: vi.directives.assignedTitle(excerpt(row.content)),
            body: row.dueDate ? vi.directives.dueBody(formatDate(row.dueDate)) : "",
            link: `/directives/${row.id}`,
            dedupeKey: `directive-assigned:${row.id}`,
          });
        }
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
  const secretariatByPath = new Map<string, string[]>();
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
        organizations: {
          where: { role: "LEAD" },
          select: {
            organization: { select: { users: { where: { isActive: true, role: "ORG_REP" }, select: { id: true } } } },
          },
        },
      },
    });
    for (const row of rows) {
      const path = row.meeting.unit.path;
      if (!secretariatByPath.has(path)) secretariatByPath.set(path, await secretariatIds(tx, path));
      const userIds = new Set([
        ...row.organizations.flatMap((role) => role.organization.users.map((user) => user.id)),
        ...(secretariatByPath.get(path) ?? []),
      ]);
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
