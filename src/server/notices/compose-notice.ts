import "server-only";
import { getUnitNamesOn } from "@/server/units/names-on";
import type { Tx } from "@/server/db/client";
import { issuerOfUnit, type IssuerOn } from "@/server/units/issuer-on";
import { formatDate, formatDateWords, vietnamDay } from "@/lib/dates";
import type { NoticeText } from "@/lib/notice-text";
import { searchKey } from "@/lib/text";
import { vi } from "@/messages/vi";
import { partyDocuments } from "@/messages/vi/party-documents";
import type { NoticeDocument } from "./notice-document";
import { DOCUMENT_DIRECTIVES_SELECT } from "@/server/meetings/meeting-selects";

const t = partyDocuments.notice;
const COMMITTEE_WORDS =
  /\s+(Tỉnh ủy|Tỉnh uỷ|Thành ủy|Thành uỷ|Huyện ủy|Huyện uỷ|Quận ủy|Quận uỷ|Thị ủy|Thị uỷ|Đảng ủy|Đảng uỷ)(\s.*)?$/u;
const PARTY_POST = /Bí thư|Ủy viên Ban Thường vụ|Uỷ viên Ban Thường vụ|Chánh Văn phòng|Trưởng Ban/iu;

/** "Phó Bí thư Thường trực Tỉnh ủy" → "PHÓ BÍ THƯ THƯỜNG TRỰC" (the body is named in the header). */
export function signerPositionOf(partyPost: string | null): string {
  return (partyPost ?? "").replace(COMMITTEE_WORDS, "").trim().toLocaleUpperCase("vi");
}

/** Whether the notice is signed by the office on the board's order (T/L) rather than on its behalf (T/M). */
export const isByOrder = (signerTitle: string) => /^T\/L/u.test(signerTitle.trim());

type ChairPosts = { title: string; isPartyPost: boolean; startDate: Date; endDate: Date | null }[];

/**
 * The signer's Party post on the meeting day, never the state post: a recorded Party post of
 * the chair, else the Party part of the chair's position as typed ("Phó Bí thư Thường trực
 * Tỉnh ủy, Chủ tịch HĐND tỉnh" → "PHÓ BÍ THƯ THƯỜNG TRỰC").
 */
export function partyPostOf(chairPosition: string | null, positions: ChairPosts, day: Date | null): string {
  const on = day ? vietnamDay(day) : null;
  const iso = (value: Date | null) => (value ? value.toISOString().slice(0, 10) : null);
  const post = positions.find(
    (row) => row.isPartyPost && (!on || ((iso(row.startDate) ?? "") <= on && on <= (iso(row.endDate) ?? "9999-12-31"))),
  );
  if (post) return signerPositionOf(post.title);
  const part = (chairPosition ?? "")
    .split(/[,;]/)
    .map((piece) => piece.trim())
    .find((piece) => PARTY_POST.test(piece));
  return signerPositionOf(part ?? "");
}

/** What the editable parts of a new notice say, drawn from the recorded meeting (never its internal notes). */
export function defaultNoticeFields(meeting: NoticeMeeting, issuer: Pick<IssuerOn, "committeeName">) {
  const committee = issuer.committeeName;
  const heard = [meeting.situationSummary, meeting.resultsText && `${t.results} ${meeting.resultsText}`]
    .concat(meeting.shortcomingsText ? [`${t.shortcomings} ${meeting.shortcomingsText}`] : [])
    .filter((text) => text && text.trim());
  return {
    subject: vi.notices.defaults.subject(committee, meeting.title),
    body: [...heard, meeting.conclusionText].filter((text) => text.trim()).join("\n\n"),
    signerTitle: t.onBehalf,
    signerPosition: partyPostOf(meeting.chairPosition, meeting.chairPerson?.positions ?? [], meeting.startsAt),
    signerName: meeting.chairName ?? "",
    recipients: [
      t.recipients.standing(committee),
      t.recipients.members,
      t.recipients.massMobilization(committee),
      t.recipients.fronts,
      t.recipients.archive(committee),
    ].join("\n"),
  };
}

export const NOTICE_MEETING_SELECT = {
  id: true,
  title: true,
  status: true,
  isArchive: true,
  startsAt: true,
  chairName: true,
  chairPosition: true,
  chairPerson: { select: { positions: { select: { title: true, isPartyPost: true, startDate: true, endDate: true } } } },
  situationSummary: true,
  resultsText: true,
  shortcomingsText: true,
  conclusionText: true,
  unitId: true,
  unit: { select: { path: true, committeeName: true, placeName: true } },
  invitations: {
    orderBy: { organization: { sortOrder: "asc" } },
    select: { organizationId: true, organization: { select: { name: true } } },
  },
  directives: DOCUMENT_DIRECTIVES_SELECT,
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

/** A line of the body that is one of the tasks (with or without its "1." or "-"): the task list prints it. */
const taskKey = (line: string) => searchKey(line.replace(/^\s*(\d+[.)]|[-–•+*])\s*/u, "").replace(/[.;:,\s]+$/u, ""));

/**
 * The body's paragraphs without the tasks: the conclusion as typed often lists the tasks the
 * directives then list again, so each task printed twice. Lines that are a task are left out.
 */
export function bodyWithoutTasks(body: string, tasks: string[]): string[] {
  const keys = new Set(tasks.map(taskKey).filter(Boolean));
  return body
    .split(/\n\s*\n/)
    .map((part) =>
      part
        .split("\n")
        .filter((line) => !keys.has(taskKey(line)))
        .map((line) => line.trim())
        .filter(Boolean)
        .join(" "),
    )
    .map((part) => part.replace(/\s+/g, " ").trim())
    .filter(Boolean);
}

/** The printable notice: the stored editable fields, the meeting's directives, the number and date. */
export function composeNotice(
  meeting: NoticeMeeting,
  notice: NoticeText & { status?: string },
  date: Date,
  issuer: IssuerOn = issuerOfUnit(meeting),
): NoticeDocument {
  const committee = issuer.committeeName;
  const byOrder = isByOrder(notice.signerTitle);
  const standing = t.openingBoard(committee);
  const lead = vi.notices.defaults
    .opening({
      date: meeting.startsAt ? formatDate(meeting.startsAt) : "",
      chair: meeting.chairName ?? "",
      position: meeting.chairPosition ?? "",
      title: meeting.title,
      invited: meeting.invitations.map((row) => row.organization.name).join(", "),
    })
    .replace(/ Tham dự hội nghị có lãnh đạo \.$/u, "");
  const heard = t.heard(byOrder ? `đồng chí ${meeting.chairName ?? ""}`.trim() : standing);
  return {
    superiorBodyName: issuer.superiorBodyName ? issuer.superiorBodyName.toLocaleUpperCase("vi") : null,
    issuerName: committee.toLocaleUpperCase("vi"),
    code: notice.code,
    placeAndDate: `${issuer.placeName}, ${formatDateWords(date)}`,
    title: vi.notices.documentTitle,
    subject: notice.subject,
    paragraphs: [
      ...(meeting.startsAt && meeting.chairName ? [lead] : []),
      heard,
      ...bodyWithoutTasks(
        notice.body,
        meeting.directives.map((directive) => directive.content),
      ),
    ],
    directivesHeading: vi.notices.defaults.directivesHeading(committee),
    directives: meeting.directives.map((directive) => ({ content: directive.content, assignment: assignmentOf(directive) })),
    closing: [byOrder ? t.closingOffice(committee) : t.closingBoard(committee)],
    signerTitle: byOrder ? t.byOrder : t.onBehalf,
    signerPosition: byOrder ? t.officeChief : notice.signerPosition,
    signerName: notice.signerName,
    recipients: notice.recipients
      .split("\n")
      .map((line) => line.trim())
      .filter(Boolean),
    numberSuffix: issuer.numberSuffix,
    draft: notice.status === "DRAFT" || notice.status === "APPROVED" || (!notice.status && !notice.code),
  };
}
