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
  const open: Prisma.DirectiveWhereInput = {
    AND: [
      where,
      { status: { in: ["OPEN", "IN_PROGRESS"] } },
      { meeting: { status: { in: ["CONCLUDED", "PUBLISHED"] }, isArchive: false } },
    ],
  };
  for await (const rows of directiveBatches(tx, open)) {
    const staff = await recipientsOfEach(
      tx,
      "progress:directive",
      new Map(rows.map((row) => [row.id, directiveScope(row.meeting.unit.path, row.organizations)])),
    );
    for (const row of rows) {
      for (const userId of staff.get(row.id) ?? []) {
        out.push(notice(userId, row, "directive.assigned", vi.directives.assignedTitle, `directive-assigned:${row.id}`));
      }
    }
  }
  return out;
}

/**
 * "Directive overdue" for the lead organization's staff and the secretariat above the
 * meeting's unit; one per directive and due day (a new due day warns again).
 */
export async function overdueNotifications(tx: Tx, now: Date): Promise<NewNotification[]> {
  const out: NewNotification[] = [];
  for await (const rows of directiveBatches(tx, overdueWhere(now), { role: "LEAD" })) {
    const leads = new Map(rows.map((row) => [row.id, directiveScope(row.meeting.unit.path, row.organizations)]));
    const leadStaff = await recipientsOfEach(tx, "progress:directive", leads);
    const confirmers = await recipientsOfEach(tx, "confirm:directive", leads);
    for (const row of rows) {
      const userIds = new Set([...(leadStaff.get(row.id) ?? []), ...(confirmers.get(row.id) ?? [])]);
      const due = row.dueDate ? vietnamDay(row.dueDate) : "none";
      for (const userId of userIds) {
        out.push(notice(userId, row, "directive.overdue", vi.directives.overdueTitle, `directive-overdue:${row.id}:${due}`));
      }
    }
  }
  return out;
}

/**
 * The directives matching `where`, BATCH at a time in id order, with what a notification names
 * (content, due date) and what decides its recipients (the meeting's unit, the organizations).
 */
async function* directiveBatches(
  tx: Tx,
  where: Prisma.DirectiveWhereInput,
  organizations: Prisma.DirectiveOrganizationWhereInput = {},
) {
  let cursor: string | undefined;
  for (;;) {
    const rows = await tx.directive.findMany({
      where,
      orderBy: { id: "asc" },
      take: BATCH,
      ...(cursor ? { skip: 1, cursor: { id: cursor } } : {}),
      select: {
        id: true,
        content: true,
        dueDate: true,
        meeting: { select: { unit: { select: { path: true } } } },
        organizations: { where: organizations, select: { organizationId: true } },
      },
    });
    yield rows;
    if (rows.length < BATCH) return;
    cursor = rows[rows.length - 1].id;
  }
}

/** One notification about a directive: its excerpt in the title, its due date, a link to it. */
function notice(
  userId: string,
  row: { id: string; content: string; dueDate: Date | null },
  kind: NewNotification["kind"],
  title: (excerpt: string) => string,
  dedupeKey: string,
): NewNotification {
  return {
    userId,
    kind,
    title: title(excerpt(row.content)),
    body: row.dueDate ? vi.directives.dueBody(formatDate(row.dueDate)) : "",
    link: `/directives/${row.id}`,
    dedupeKey,
  };
}

function directiveScope(unitPath: string, organizations: { organizationId: string }[]): RecordScope {
  return { unitPath, organizationIds: organizations.map((row) => row.organizationId) };
}
