import "server-only";
import { getUnitNamesOn } from "@/server/units/names-on";
import type { Actor } from "@/server/auth/actor";
import { assertCan, readableWhere } from "@/server/auth/policy";
import { getDb } from "@/server/db/client";
import { AppError } from "@/server/errors";
import { formatDate, formatDateTime, formatDateWords } from "@/lib/dates";
import { formatPeriod } from "@/lib/periods";
import { searchKey, slugify } from "@/lib/text";
import { vi } from "@/messages/vi";
import { meetingScope } from "./meeting-write";
import { renderMinutesPdf, type MinutesDocument } from "./render-minutes-pdf";

const MINUTES_SELECT = {
  id: true,
  title: true,
  status: true,
  startsAt: true,
  place: true,
  chairName: true,
  chairPosition: true,
  situationSummary: true,
  conclusionText: true,
  createdAt: true,
  unitId: true,
  unit: { select: { path: true, committeeName: true, placeName: true } },
  period: { select: { year: true, type: true, index: true } },
  invitations: { select: { organizationId: true } },
  attendances: {
    orderBy: { sortOrder: "asc" },
    select: {
      id: true,
      fullName: true,
      position: true,
      role: true,
      kind: true,
      headCount: true,
      presence: true,
      absenceReason: true,
      substituteFor: true,
      organizationShortName: true,
      organization: { select: { shortName: true } },
    },
  },
  remarks: { orderBy: { sortOrder: "asc" }, select: { attendanceId: true, body: true } },
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

type MinutesMeeting = NonNullable<Awaited<ReturnType<typeof loadMinutesMeeting>>>;

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
    attendances: meeting.attendances.map(({ organizationShortName, ...row }) => ({
      ...row,
      organization: row.organization ? { shortName: organizationShortName ?? row.organization.shortName } : null,
    })),
  };
}

const paragraphsOf = (text: string) =>
  text
    .split(/\n\s*\n|\n/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => ({ text: part }));

/** Worded minutes of a meeting: attendance, the situation, every remark, the conclusion and the directives. */
export function composeMinutes(meeting: MinutesMeeting): MinutesDocument {
  const t = vi.minutes;
  const person = (row: MinutesMeeting["attendances"][number]) =>
    [row.fullName, row.position, row.organization?.shortName].filter(Boolean).join(", ");
  // Roll call (issue 14): a delegation counts by its head count; partydocs renders the full summary.
  const isPresent = (row: MinutesMeeting["attendances"][number]) => row.presence === "PRESENT" || row.presence === "SUBSTITUTE";
  const present = meeting.attendances.filter(isPresent);
  const absent = meeting.attendances.filter((row) => !isPresent(row));
  const heads = (rows: typeof present) => rows.reduce((sum, row) => sum + row.headCount, 0);
  const orgNames = (directive: MinutesMeeting["directives"][number], role: "LEAD" | "SUPPORT") =>
    directive.organizations
      .filter((row) => row.role === role)
      .sort((a, b) => a.organization.sortOrder - b.organization.sortOrder)
      .map((row) => row.organization.name)
      .join(", ");
  const remarks = meeting.remarks.map((remark) => {
    const by = meeting.attendances.find((row) => row.id === remark.attendanceId);
    return { lead: by ? t.speaker(person(by)) : undefined, text: remark.body.replace(/\s*\n\s*/g, " ").trim() };
  });
  return {
    issuerName: meeting.unit.committeeName.toLocaleUpperCase("vi"),
    placeAndDate: `${meeting.unit.placeName}, ${formatDateWords(meeting.startsAt ?? meeting.createdAt)}`,
    title: t.documentTitle,
    subject: searchKey(meeting.title).includes(searchKey(formatPeriod(meeting.period)))
      ? meeting.title
      : `${meeting.title} (${formatPeriod(meeting.period)})`,
    facts: [
      `${t.time}: ${formatDateTime(meeting.startsAt) || t.notRecorded}.`,
      `${t.place}: ${meeting.place || t.notRecorded}.`,
      `${t.chair}: ${meeting.chairName ? `${meeting.chairName}, ${meeting.chairPosition ?? ""}`.replace(/, $/, "") : t.notRecorded}.`,
    ],
    sections: [
      {
        heading: t.attendance,
        paragraphs: [
          { text: t.present(heads(present)) },
          ...present.map((row, index) => ({ text: `${index + 1}. ${person(row)} — ${vi.meetings.attendanceRole[row.role]}.` })),
          ...(absent.length
            ? [
                { text: t.absentList },
                ...absent.map((row) => ({
                  text: `- ${person(row)} (${t.absent}${row.absenceReason ? `: ${row.absenceReason}` : ""}).`,
                })),
              ]
            : []),
        ],
      },
      {
        heading: t.content,
        paragraphs: [
          { text: t.situation },
          ...paragraphsOf(meeting.situationSummary),
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
    signatures: [
      { title: t.secretary, name: "" },
      { title: t.chairSignature, name: meeting.chairName ?? "" },
    ],
  };
}

/** The minutes of a meeting the actor may read, as an A4 PDF rendered afresh from the record. */
export async function getMinutesPdf({ actor, meetingId }: { actor: Actor; meetingId: string }) {
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
  const bytes = await renderMinutesPdf(composeMinutes(meeting));
  const day = meeting.startsAt ? formatDate(meeting.startsAt) : "";
  return { bytes, fileName: `${slugify(`bien-ban-${meeting.title}`).slice(0, 80)}${day ? `-${slugify(day)}` : ""}.pdf` };
}
