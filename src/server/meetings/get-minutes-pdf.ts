import "server-only";
import { getUnitNamesOn } from "@/server/units/names-on";
import type { Actor } from "@/server/auth/actor";
import { assertCan, readableWhere } from "@/server/auth/policy";
import { getDb } from "@/server/db/client";
import { AppError } from "@/server/errors";
import { getIssuerOn, issuerOfUnit, type IssuerOn } from "@/server/units/issuer-on";
import { formatDate, formatDateWords, vietnamDay } from "@/lib/dates";
import { summarizeRollCall } from "@/lib/roll-call-summary";
import { searchKey, slugify } from "@/lib/text";
import { organizationKind } from "@/server/import/posts";
import { vi } from "@/messages/vi";
import { meetingRecordVi } from "@/messages/vi/meeting-record";
import { partyDocuments } from "@/messages/vi/party-documents";
import { meetingScope } from "./meeting-write";
import { renderMinutesDocx } from "./render-minutes-docx";
import { renderMinutesPdf, type MinutesDocument } from "./render-minutes-pdf";
import { DOCUMENT_DIRECTIVES_SELECT, ROLL_CALL_SELECT, withBodyAsRecorded } from "./meeting-selects";

const MINUTES_SELECT = {
  id: true,
  title: true,
  status: true,
  startsAt: true,
  endsAt: true,
  datePrecision: true,
  place: true,
  chairName: true,
  chairPosition: true,
  situationSummary: true,
  resultsText: true,
  shortcomingsText: true,
  conclusionText: true,
  createdAt: true,
  unitId: true,
  unit: { select: { path: true, committeeName: true, placeName: true } },
  invitations: { select: { organizationId: true } },
  attendances: {
    orderBy: { sortOrder: "asc" },
    select: {
      ...ROLL_CALL_SELECT,
      organizationName: true,
      organizationShortName: true,
      organization: { select: { name: true, shortName: true } },
    },
  },
  remarks: { orderBy: { sortOrder: "asc" }, select: { attendanceId: true, body: true } },
  directives: DOCUMENT_DIRECTIVES_SELECT,
} as const;

export type MinutesMeeting = NonNullable<Awaited<ReturnType<typeof loadMinutesMeeting>>>;

async function loadMinutesMeeting(actor: Actor, meetingId: string) {
  const db = await getDb();
  const meeting = await db.meeting.findFirst({
    where: { AND: [{ id: meetingId }, readableWhere(actor, "read:meeting")] },
    select: MINUTES_SELECT,
  });
  if (!meeting) return null;
  // Names as of the meeting's day (issue 13): the committee, the place and each body as recorded.
  const names = await getUnitNamesOn(db, meeting.unitId, meeting.startsAt ?? meeting.createdAt);
  return {
    ...meeting,
    unit: names ? { ...meeting.unit, committeeName: names.committeeName, placeName: names.placeName } : meeting.unit,
    attendances: withBodyAsRecorded(meeting.attendances),
  };
}

const paragraphsOf = (text: string) =>
  text
    .split(/\n\s*\n|\n/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => ({ text: part }));

/** "14 giờ 00 phút" in Vietnam time. */
function clockWords(value: Date): string {
  const shifted = new Date(value.getTime() + 7 * 3600 * 1000);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${pad(shifted.getUTCHours())} giờ ${pad(shifted.getUTCMinutes())} phút`;
}

type Row = MinutesMeeting["attendances"][number];

/** "đồng chí Nguyễn Văn A, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh": full names, never internal short codes. */
function personLine(row: Row): string {
  const t = partyDocuments.minutes;
  if (row.kind === "DELEGATION") return t.delegation(row.fullName, row.headCount ?? 1);
  // The body as named on the meeting day (snapshot), else as named now.
  const org = row.organizationName ?? row.organization?.name;
  const position = postWithBody(row.position, org);
  // A person known by post only ("Lãnh đạo Hội Cựu chiến binh tỉnh") is named by the post.
  if (!row.fullName) return `đồng chí ${position}`;
  return [`đồng chí ${row.fullName}`, position].filter(Boolean).join(", ");
}

/**
 * The post followed by its body, the body named once: a post that already names a body ("Chủ tịch
 * Ủy ban MTTQ Việt Nam tỉnh") is printed as recorded; a bare post ("Chủ tịch") gets the body; a post
 * ending with the body's first word ("Phó Trưởng Ban" + "Ban Dân vận") does not repeat it.
 */
function postWithBody(position: string | null, body: string | null | undefined): string {
  const post = (position ?? "").trim();
  if (!body) return post;
  if (!post) return body;
  if (searchKey(post).includes(searchKey(body))) return post;
  // A post naming its body with the place ("Chủ tịch Ủy ban MTTQ Việt Nam tỉnh") stands alone; one
  // ending with the kind's abbreviation ("Phó Chủ tịch UBND") does not say which body, so it is named.
  if (organizationKind(post) !== "OTHER" && !/\s\p{Lu}{2,}$/u.test(post)) return post;
  const [head, ...rest] = body.split(/\s+/u);
  return post.split(/\s+/u).at(-1) === head ? `${post} ${rest.join(" ")}` : `${post} ${body}`;
}

/**
 * Worded minutes of a meeting from its roll call: number, start and end, place, chair and secretary,
 * "Có mặt: N/M đại biểu" by head count, absences with reasons, what was heard, every remark, the
 * conclusion and the directives, the closing sentence and both signatures. Never the internal notes.
 */
export function composeMinutes(meeting: MinutesMeeting, issuer: IssuerOn = issuerOfUnit(meeting)): MinutesDocument {
  const t = partyDocuments.minutes;
  const rows = meeting.attendances;
  const summary = summarizeRollCall(rows);
  const presentRows = rows.filter((row) => (row.presence ?? "PRESENT") === "PRESENT" || row.presence === "SUBSTITUTE");
  const excused = rows.filter((row) => row.presence === "EXCUSED");
  const unexcused = rows.filter((row) => row.presence === "UNEXCUSED");
  const secretary = rows.find((row) => row.role === "SECRETARY");
  const coChairs = rows.filter((row) => row.role === "CO_CHAIR");
  const orgNames = (directive: MinutesMeeting["directives"][number], role: "LEAD" | "SUPPORT") =>
    directive.organizations
      .filter((row) => row.role === role)
      .sort((a, b) => a.organization.sortOrder - b.organization.sortOrder)
      .map((row) => row.organization.name)
      .join(", ");
  const remarks = meeting.remarks.map((remark) => {
    const by = rows.find((row) => row.id === remark.attendanceId);
    return {
      lead: by ? t.speaker(personLine(by).replace(/^đồng chí /u, "")) : undefined,
      text: remark.body.replace(/\s*\n\s*/g, " ").trim(),
    };
  });
  const start = meeting.startsAt;
  const end = meeting.endsAt;
  const timed = meeting.datePrecision === undefined || meeting.datePrecision === "DATE_TIME";
  const day = start ? formatDateWords(start) : "";
  const facts = [
    start && timed ? t.time({ start: clockWords(start), day }) : start ? t.dayOnly(day) : t.dayOnly(t.notRecorded),
    t.place(meeting.place || t.notRecorded),
    t.chair(meeting.chairName ? [meeting.chairName, meeting.chairPosition].filter(Boolean).join(", ") : t.notRecorded),
    ...(coChairs.length ? [t.coChairs(coChairs.map(personLine).join("; "))] : []),
    t.secretary(secretary ? secretary.fullName : t.notRecorded),
  ];
  const absenceLines = (list: Row[]) =>
    list.map((row) => ({ text: `- ${personLine(row)}${row.absenceReason ? t.reason(row.absenceReason) : ""}.` }));
  const endWords =
    end && timed
      ? `${clockWords(end)}${start && vietnamDay(start) === vietnamDay(end) ? ` ${t.sameDay}` : `, ${formatDateWords(end)}`}`
      : null;
  return {
    superiorBodyName: issuer.superiorBodyName ? issuer.superiorBodyName.toLocaleUpperCase("vi") : null,
    issuerName: issuer.committeeName.toLocaleUpperCase("vi"),
    numberLine: `Số      -BB/${issuer.numberSuffix}`,
    placeAndDate: `${issuer.placeName}, ${formatDateWords(start ?? meeting.createdAt)}`,
    title: t.documentTitle,
    // The meeting's own title: the period is written there already, never added a second time.
    subject: meeting.title,
    facts,
    sections: [
      {
        heading: t.attendance,
        paragraphs: [
          {
            text: summary.unknownDelegations
              ? meetingRecordVi.rollCall.minutesPresent(summary.present, summary.expected, summary.unknownDelegations)
              : t.present(summary.present, summary.expected),
          },
          ...presentRows.map((row, index) => ({
            text: `${index + 1}. ${personLine(row)}${row.presence === "SUBSTITUTE" && row.substituteFor ? t.substitute(row.substituteFor) : ""} — ${vi.meetings.attendanceRole[row.role]}.`,
          })),
          ...(excused.length ? [{ text: t.absentExcused }, ...absenceLines(excused)] : []),
          ...(unexcused.length ? [{ text: t.absentUnexcused }, ...absenceLines(unexcused)] : []),
        ],
      },
      {
        heading: t.content,
        paragraphs: [
          { text: t.heard },
          ...paragraphsOf(meeting.situationSummary),
          ...(meeting.resultsText?.trim() ? [{ text: t.results }, ...paragraphsOf(meeting.resultsText)] : []),
          ...(meeting.shortcomingsText?.trim() ? [{ text: t.shortcomings }, ...paragraphsOf(meeting.shortcomingsText)] : []),
          { text: t.remarks },
          ...(remarks.length ? remarks : [{ text: t.noRemarks }]),
        ],
      },
      { heading: t.conclusion, paragraphs: paragraphsOf(meeting.conclusionText) },
      {
        heading: t.directives,
        paragraphs: meeting.directives.length
          ? meeting.directives.flatMap((directive, index) => [
              { text: `${index + 1}. ${directive.content}` },
              {
                text: vi.notices.assignment({
                  lead: orgNames(directive, "LEAD"),
                  support: orgNames(directive, "SUPPORT"),
                  due: directive.dueDate ? formatDate(directive.dueDate) : "",
                }),
              },
            ])
          : [{ text: t.noDirectives }],
      },
    ],
    closing: endWords ? t.closing(endWords) : t.closingBlank,
    signatures: [
      { title: t.secretarySignature, name: secretary?.fullName ?? "" },
      { title: t.chairSignature, name: meeting.chairName ?? "" },
    ],
  };
}

/** The worded minutes of a meeting the actor may read, and the file name they go by. */
export async function minutesOf(actor: Actor, meetingId: string) {
  const meeting = await loadMinutesMeeting(actor, meetingId);
  if (!meeting) throw new AppError("NOT_FOUND");
  assertCan(
    actor,
    "read:meeting",
    meetingScope({
      unitPath: meeting.unit.path,
      status: meeting.status,
      invitedOrganizationIds: meeting.invitations.map((row) => row.organizationId),
    }),
  );
  const db = await getDb();
  const issuer = await getIssuerOn(db, meeting.unitId, meeting.startsAt ?? meeting.createdAt);
  const day = meeting.startsAt ? formatDate(meeting.startsAt) : "";
  const baseName = `${slugify(`bien-ban-${meeting.title}`).slice(0, 80)}${day ? `-${slugify(day)}` : ""}`;
  return { document: composeMinutes(meeting, issuer), baseName };
}

/** The minutes of a meeting the actor may read, as an A4 PDF rendered afresh from the record. */
export async function getMinutesPdf({ actor, meetingId }: { actor: Actor; meetingId: string }) {
  const { document, baseName } = await minutesOf(actor, meetingId);
  return { bytes: await renderMinutesPdf(document), fileName: `${baseName}.pdf` };
}

/** The same minutes as an editable Word document. */
export async function getMinutesDocx({ actor, meetingId }: { actor: Actor; meetingId: string }) {
  const { document, baseName } = await minutesOf(actor, meetingId);
  return {
    bytes: await renderMinutesDocx(document),
    fileName: `${baseName}.docx`,
    mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  };
}
