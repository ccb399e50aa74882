import "server-only";
import { getUnitNamesOn } from "@/server/units/names-on";
import type { Tx } from "@/server/db/client";
import { formatDate } from "@/lib/dates";
import { vi } from "@/messages/vi";
import { escapeHtml } from "./sanitize-news-html";

export async function loadNewsMeeting(tx: Tx, meetingId: string) {
  const meeting = await findNewsMeeting(tx, meetingId);
  if (!meeting) return null;
  // The committee as named on the meeting's day (issue 13).
  const names = await getUnitNamesOn(tx, meeting.unitId, meeting.startsAt);
  return names ? { ...meeting, unit: { ...meeting.unit, committeeName: names.committeeName } } : meeting;
}

function findNewsMeeting(tx: Tx, meetingId: string) {
  return tx.meeting.findUnique({
    where: { id: meetingId },
    select: {
      id: true,
      unitId: true,
      title: true,
      status: true,
      startsAt: true,
      place: true,
      chairName: true,
      chairPosition: true,
      situationSummary: true,
      conclusionText: true,
      unit: { select: { path: true, committeeName: true } },
      invitations: {
        orderBy: { organization: { sortOrder: "asc" } },
        select: { organization: { select: { name: true } } },
      },
      attendances: {
        where: { absent: false, organizationId: { not: null } },
        orderBy: { sortOrder: "asc" },
        select: { organization: { select: { name: true } } },
      },
      directives: {
        where: { status: { not: "CANCELLED" } },
        orderBy: { sortOrder: "asc" },
        select: { content: true },
      },
    },
  });
}

export type NewsMeeting = NonNullable<Awaited<ReturnType<typeof loadNewsMeeting>>>;

const paragraphs = (text: string) =>
  text
    .split(/\n+/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => `<p>${escapeHtml(part)}</p>`);

/** A first draft of the news item, worded from what was recorded at the meeting. */
export function composeNews(meeting: NewsMeeting) {
  const t = vi.news.defaults;
  const date = formatDate(meeting.startsAt);
  const chair = meeting.chairName ? `${meeting.chairName}${meeting.chairPosition ? `, ${meeting.chairPosition}` : ""}` : "";
  const attending = [
    ...new Set(
      (meeting.attendances.length
        ? meeting.attendances.map((row) => row.organization?.name ?? "")
        : meeting.invitations.map((row) => row.organization.name)
      ).filter(Boolean),
    ),
  ];
  const summary = t.summary({ date, committee: meeting.unit.committeeName, title: meeting.title, chair });
  // The summary (sapo) already says when, who held it and who chaired; the body goes on from there.
  const body = [
    attending.length ? `<p>${escapeHtml(t.attending(attending.join(", ")))}</p>` : "",
    ...paragraphs(meeting.situationSummary),
    `<p>${escapeHtml(t.conclusion(meeting.chairName ?? ""))}</p>`,
    ...paragraphs(meeting.conclusionText),
    meeting.directives.length
      ? `<ul>${meeting.directives.map((row) => `<li>${escapeHtml(row.content)}</li>`).join("")}</ul>`
      : "",
  ]
    .filter(Boolean)
    .join("\n");
  return { title: meeting.title, summary, bodyHtml: body };
}
