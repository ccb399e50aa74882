import "server-only";
import { getUnitNamesOn } from "@/server/units/names-on";
import type { Tx } from "@/server/db/client";
import { formatDate, formatDateWords } from "@/lib/dates";
import { vi } from "@/messages/vi";
import type { NoticeDocument } from "./notice-document";

const COMMITTEE_WORDS = /\s+(Tỉnh ủy|Thành ủy|Huyện ủy|Thị ủy|Đảng ủy)(\s.*)?$/u;

/** The register suffix of a committee's documents: "TU" for Tỉnh ủy and Thành ủy, "HU", "ĐU". */
export function issuerSuffix(committeeName: string): string {
  if (/^(Tỉnh ủy|Thành ủy|Thị ủy)/u.test(committeeName)) return "TU";
  if (/^Huyện ủy/u.test(committeeName)) return "HU";
  return "ĐU";
}

/** "Phó Bí thư Thường trực Tỉnh ủy" → "PHÓ BÍ THƯ THƯỜNG TRỰC" (the body is named in the title line). */
export function signerPositionOf(chairPosition: string | null): string {
  return (chairPosition ?? "").replace(COMMITTEE_WORDS, "").toLocaleUpperCase("vi");
}

/** What the editable parts of a new notice say, drawn from the recorded meeting. */
export function defaultNoticeFields(meeting: NoticeMeeting) {
  const committee = meeting.unit.committeeName;
  const invited = meeting.invitations.map((row) => row.organization.name);
  const opening = vi.notices.defaults.opening({
    date: formatDate(meeting.startsAt),
    chair: meeting.chairName ?? "",
    position: meeting.chairPosition ?? "",
    title: meeting.title,
    invited: invited.join(", "),
  });
  return {
    subject: vi.notices.defaults.subject(committee, meeting.title),
    body: [opening, meeting.situationSummary, meeting.conclusionText].filter((text) => text.trim()).join("\n\n"),
    signerTitle: vi.notices.defaults.signerTitle,
    signerPosition: signerPositionOf(meeting.chairPosition),
    signerName: meeting.chairName ?? "",
    recipients: [
      vi.notices.defaults.standingBoard(committee),
      ...invited.map((name) => `${name},`),
      vi.notices.defaults.archive(committee),
    ].join("\n"),
  };
}

export const NOTICE_MEETING_SELECT = {
  id: true,
  title: true,
  status: true,
  startsAt: true,
  chairName: true,
  chairPosition: true,
  situationSummary: true,
  conclusionText: true,
  unitId: true,
  unit: { select: { path: true, committeeName: true, placeName: true } },
  invitations: {
    orderBy: { organization: { sortOrder: "asc" } },
    select: { organizationId: true, organization: { select: { name: true } } },
  },
  directives: {
    where: { status: { not: "CANCELLED" } },
    orderBy: { sortOrder: "asc" },
    select: {
      content: true,
      dueDate: true,
      organizations: { select: { role: true, organization: { select: { name: true, sortOrder: true } } } },
    },
  },
} as const;

export type NoticeMeeting = NonNullable<Awaited<ReturnType<typeof loadNoticeMeeting>>>;

export async function loadNoticeMeeting(tx: Tx, meetingId: string) {
  const meeting = await tx.meeting.findUnique({ where: { id: meetingId }, select: NOTICE_MEETING_SELECT });
  if (!meeting) return null;
  // The committee as named on the meeting's day (issue 13): a later rename rewrites no notice.
  const names = await getUnitNamesOn(tx, meeting.unitId, meeting.startsAt);
  return names
    ? { ...meeting, unit: { ...meeting.unit, committeeName: names.committeeName, placeName: names.placeName } }
    : meeting;
}

function assignmentOf(directive: NoticeMeeting["directives"][number]): string {
  const names = (role: "LEAD" | "SUPPORT") =>
    directive.organizations
      .filter((row) => row.role === role)
      .sort((a, b) => a.organization.sortOrder - b.organization.sortOrder)
      .map((row) => row.organization.name)
      .join(", ");
  return vi.notices.assignment({
    lead: names("LEAD"),
    support: names("SUPPORT"),
    due: directive.dueDate ? formatDate(directive.dueDate) : "",
  });
}

/** The printable notice: the stored editable fields, the meeting's directives, the number and date. */
export function composeNotice(
  meeting: NoticeMeeting,
  notice: {
    code: string | null;
    subject: string;
    body: string;
    signerTitle: string;
    signerPosition: string;
    signerName: string;
    recipients: string;
  },
  date: Date,
): NoticeDocument {
  const committee = meeting.unit.committeeName;
  return {
    issuerName: committee.toLocaleUpperCase("vi"),
    code: notice.code,
    placeAndDate: `${meeting.unit.placeName}, ${formatDateWords(date)}`,
    title: vi.notices.documentTitle,
    subject: notice.subject,
    paragraphs: notice.body
      .split(/\n\s*\n/)
      .map((part) => part.replace(/\s*\n\s*/g, " ").trim())
      .filter(Boolean),
    directivesHeading: vi.notices.defaults.directivesHeading(committee),
    directives: meeting.directives.map((directive) => ({ content: directive.content, assignment: assignmentOf(directive) })),
    closing: [vi.notices.defaults.closing(committee)],
    signerTitle: notice.signerTitle,
    signerPosition: notice.signerPosition,
    signerName: notice.signerName,
    recipients: notice.recipients
      .split("\n")
      .map((line) => line.trim())
      .filter(Boolean),
  };
}
