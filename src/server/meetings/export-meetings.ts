import "server-only";
import type { Actor } from "@/server/auth/actor";
import { assertCan } from "@/server/auth/policy";
import { getDb } from "@/server/db/client";
import type { ExportTable } from "@/server/exports/tabular-export";
import { formatNumber } from "@/lib/numbers";
import { formatPeriod } from "@/lib/periods";
import { vi } from "@/messages/vi";
import { MEETING_ROW_SELECT, MEETINGS_ORDER, meetingsWhere } from "./list-meetings";
import { ZListMeetingsSchema, type TListMeetingsInput } from "./schemas";

/** No export holds more rows than this; the list's filters narrow it. */
export const MEETINGS_EXPORT_CAP = 5000;

/** Every meeting the list's filters select (not one page), as a table to export. */
export async function exportMeetings({ actor, input }: { actor: Actor; input: TListMeetingsInput }) {
  assertCan(actor, "read:meeting");
  const filters = ZListMeetingsSchema.parse(input);
  const db = await getDb();
  const where = meetingsWhere(actor, filters);
  const rows = await db.meeting.findMany({
    where,
    orderBy: MEETINGS_ORDER,
    take: MEETINGS_EXPORT_CAP,
    select: { ...MEETING_ROW_SELECT, chairPosition: true, _count: { select: { directives: true, attendances: true } } },
  });
  const t = vi.exports.meetings;
  const truncated = rows.length === MEETINGS_EXPORT_CAP;
  const table: ExportTable<(typeof rows)[number] & { index: number }> = {
    title: t.title,
    note: truncated ? vi.exports.truncated(formatNumber(MEETINGS_EXPORT_CAP)) : undefined,
    rows: rows.map((row, index) => ({ ...row, index: index + 1 })),
    columns: [
      { header: t.index, type: "number", width: 6, value: (row) => row.index },
      { header: t.meeting, width: 60, value: (row) => row.title },
      { header: t.kind, value: (row) => vi.meetingKind[row.kind] },
      { header: t.period, value: (row) => formatPeriod(row.period) },
      { header: t.unit, width: 28, value: (row) => row.unit.name },
      { header: t.date, type: "date", value: (row) => row.startsAt },
      { header: t.place, width: 28, value: (row) => row.place },
      { header: t.chair, width: 24, value: (row) => row.chairName },
      { header: t.chairPosition, width: 32, value: (row) => row.chairPosition },
      { header: t.attendees, type: "number", value: (row) => row._count.attendances },
      { header: t.directives, type: "number", value: (row) => row._count.directives },
      { header: t.status, value: (row) => vi.meetingStatus[row.status] },
    ],
  };
  return { table, truncated };
}
