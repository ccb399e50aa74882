import "server-only";
import type { Actor } from "@/server/auth/actor";
import { readableWhere } from "@/server/auth/policy";
import { getDb } from "@/server/db/client";
import { AppError } from "@/server/errors";
import { toICalendar } from "@/lib/ical";
import { slugify } from "@/lib/text";
import { partyDocuments } from "@/messages/vi/party-documents";

/** One meeting as an .ics file (start, end, place, title), for whoever may read the meeting. */
export async function getMeetingIcs({ actor, meetingId, now = new Date() }: { actor: Actor; meetingId: string; now?: Date }) {
  const db = await getDb();
  const meeting = await db.meeting.findFirst({
    where: { AND: [{ id: meetingId }, readableWhere(actor, "read:meeting")] },
    select: { id: true, title: true, startsAt: true, endsAt: true, datePrecision: true, place: true, chairName: true },
  });
  if (!meeting || !meeting.startsAt) throw new AppError("NOT_FOUND");
  const text = toICalendar(
    meeting.title,
    [
      {
        uid: `meeting-${meeting.id}@giaoban`,
        start: meeting.startsAt,
        end: meeting.endsAt,
        allDay: meeting.datePrecision !== "DATE_TIME",
        summary: meeting.title,
        location: meeting.place,
        description: meeting.chairName ? partyDocuments.calendar.chair(meeting.chairName) : null,
      },
    ],
    now,
  );
  return {
    bytes: Buffer.from(text, "utf8"),
    fileName: `${slugify(meeting.title).slice(0, 80)}.ics`,
    mimeType: "text/calendar; charset=utf-8",
  };
}
