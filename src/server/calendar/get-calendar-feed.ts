import "server-only";
import { can, readableWhere } from "@/server/auth/policy";
import { getDb } from "@/server/db/client";
import { AppError } from "@/server/errors";
import { ACTOR_USER_SELECT, actorOfUser } from "@/server/auth/actor-user";
import { toICalendar, type CalendarEvent } from "@/lib/ical";
import { formatPeriod } from "@/lib/periods";
import { partyDocuments } from "@/messages/vi/party-documents";
import { hashCalendarToken } from "./calendar-token";

const WINDOW_DAYS = 400;

/**
 * The personal feed behind a secret address: meetings the owner may read, report deadlines of
 * the units they may read reports of, and due dates of open directives they may read, from a
 * year back onwards. A revoked or unknown token, or a deactivated owner, is NOT_FOUND.
 */
export async function getCalendarFeed({ token, now = new Date() }: { token: string; now?: Date }) {
  const t = partyDocuments.calendar;
  const db = await getDb();
  const row = await db.calendarFeedToken.findUnique({
    where: { tokenHash: hashCalendarToken(token) },
    select: {
      revokedAt: true,
      user: { select: ACTOR_USER_SELECT },
    },
  });
  if (!row || row.revokedAt || !row.user.isActive) throw new AppError("NOT_FOUND");
  // The feed reads with the owner's own scope (units that ended into it are not read here).
  const actor = actorOfUser(row.user);
  const since = new Date(now.getTime() - WINDOW_DAYS * 24 * 3600 * 1000);
  const [meetings, deadlines, directives] = await Promise.all([
    db.meeting.findMany({
      where: { AND: [{ startsAt: { gte: since } }, readableWhere(actor, "read:meeting")] },
      orderBy: { startsAt: "asc" },
      take: 500,
      select: { id: true, title: true, startsAt: true, endsAt: true, datePrecision: true, place: true, chairName: true },
    }),
    can(actor, "read:report")
      ? db.periodDeadline.findMany({
          where: { deadline: { gte: since }, unit: { path: { startsWith: actor.unitPath } } },
          orderBy: { deadline: "asc" },
          take: 500,
          select: {
            id: true,
            deadline: true,
            unit: { select: { name: true } },
            period: { select: { year: true, type: true, index: true } },
          },
        })
      : [],
    can(actor, "read:directive")
      ? db.directive.findMany({
          where: {
            AND: [{ dueDate: { gte: since }, status: { in: ["OPEN", "IN_PROGRESS"] } }, readableWhere(actor, "read:directive")],
          },
          orderBy: { dueDate: "asc" },
          take: 500,
          select: { id: true, content: true, dueDate: true },
        })
      : [],
  ]);
  const events: CalendarEvent[] = [
    ...meetings.map((meeting) => ({
      uid: `meeting-${meeting.id}@giaoban`,
      start: meeting.startsAt!,
      end: meeting.endsAt,
      allDay: meeting.datePrecision !== "DATE_TIME",
      summary: meeting.title,
      location: meeting.place,
      description: meeting.chairName ? t.chair(meeting.chairName) : null,
    })),
    ...deadlines.map((deadline) => ({
      uid: `deadline-${deadline.id}@giaoban`,
      start: deadline.deadline,
      allDay: true,
      summary: t.reportDeadline(formatPeriod(deadline.period), deadline.unit.name),
    })),
    ...directives.map((directive) => ({
      uid: `directive-${directive.id}@giaoban`,
      start: directive.dueDate!,
      allDay: true,
      summary: t.directiveDue(directive.content.length > 120 ? `${directive.content.slice(0, 117)}…` : directive.content),
    })),
  ];
  return toICalendar(t.feedName(actor.fullName), events, now);
}
