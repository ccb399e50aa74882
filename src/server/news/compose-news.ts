import "server-only";
import { getUnitNamesOn } from "@/server/units/names-on";
import type { Tx } from "@/server/db/client";
import { formatDate } from "@/lib/dates";
import { vi } from "@/messages/vi";
import { meetingRecordVi } from "@/messages/vi/meeting-record";
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
        where: { presence: { in: ["PRESENT", "SUBSTITUTE"] } },
        orderBy: { sortOrder: "asc" },
        select: { fullName: true, position: true, kind: true, role: true, organization: { select: { name: true } } },
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
  const attending = attendingSentence(meeting.attendances);
  const summary = t.summary({ date, committee: meeting.unit.committeeName, title: meeting.title, chair });
  // The summary (sapo) already says when, who held it and who chaired; the body goes on from there.
  const body = [
    attending ? `<p>${escapeHtml(attending)}</p>` : "",
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

/** "Chủ tịch" of "Hội Cựu chiến binh tỉnh" reads "Chủ tịch Hội Cựu chiến binh tỉnh"; a full title stays. */
const withBody = (position: string, body: string | undefined) =>
  body &&
  position &&
  !position.toLocaleLowerCase("vi").includes(body.toLocaleLowerCase("vi")) &&
  !/\s(tỉnh|huyện|thành phố|xã)$/u.test(position)
    ? `${position} ${body}`
    : position;

/**
 * "Tham dự hội nghị có đồng chí …, đại diện lãnh đạo …": who was present by the roll call (the
 * chair is already named in the summary). Nothing when no one is recorded: the reporting
 * organizations are who was asked to report, not who came.
 */
export function attendingSentence(
  rows: readonly { fullName: string; position: string; kind: string; role: string; organization: { name: string } | null }[],
): string {
  const t = meetingRecordVi.news;
  const names = rows
    .filter((row) => row.role !== "CHAIR")
    .map((row) =>
      row.kind === "DELEGATION"
        ? t.delegation(row.fullName || row.organization?.name || "")
        : t.comrade(row.fullName, withBody(row.position, row.organization?.name)),
    );
  const unique = [...new Set(names)];
  return unique.length ? t.attending(unique.join("; ")) : "";
}
