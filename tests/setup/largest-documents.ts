/**
 * The largest minutes and conclusion notice the validators allow, every text field at its
 * maximum length with no space in it and full of Vietnamese diacritics: the worst case for PDF
 * layout. Used by tests/unit/pdf-largest-documents.test.ts and bench/pdf-render.ts.
 */
import { composeMinutes } from "@/server/meetings/get-minutes-pdf";
import type { MinutesDocument } from "@/server/meetings/render-minutes-pdf";
import {
  ZSaveAttendanceSchema,
  ZSaveDirectivesSchema,
  ZScheduleMeetingSchema,
  ZUpdateMinutesSchema,
} from "@/server/meetings/schemas";
import { composeNotice, type NoticeMeeting } from "@/server/notices/compose-notice";
import type { NoticeDocument } from "@/server/notices/notice-document";
import { ZUpdateNoticeSchema } from "@/server/notices/schemas";

/** Validator limits (checked against the schemas below, so a changed limit fails loudly). */
export const LIMITS = {
  title: 300,
  place: 300,
  fullName: 120,
  position: 300,
  attendees: 200,
  remarks: 100,
  remarkBody: 20_000,
  summary: 50_000,
  directives: 100,
  directiveContent: 5_000,
  leadOrganizations: 20,
  supportOrganizations: 50,
  noticeSubject: 500,
  noticeBody: 20_000,
  signerTitle: 120,
  signerPosition: 200,
  signerName: 120,
  recipients: 4_000,
};

const LETTERS = "NghịquyếtĐảngđượctriểnkhaiđồngbộởcơsởỦybanMặttrậnTổquốcViệtNamphốihợpchặtchẽvớiđoànthểxãhội";

/** `length` characters without a space: `ĐẦU<tag>`, Vietnamese letters, `CUỐI<tag>`. */
export function unspaced(length: number, tag: string): string {
  const start = `ĐẦU${tag}`;
  const end = `CUỐI${tag}`;
  const fill = length - start.length - end.length;
  return start + LETTERS.repeat(Math.ceil(fill / LETTERS.length)).slice(0, fill) + end;
}

const ORGANIZATIONS = Array.from({ length: LIMITS.leadOrganizations + LIMITS.supportOrganizations }, (_, index) => ({
  id: `org-${index}`,
  name: `Ban Dân vận Đảng ủy Khối các cơ quan tỉnh số ${index + 1}`,
  shortName: `BDV-${index + 1}`,
  sortOrder: index,
}));

function largestMeeting() {
  const attendances = Array.from({ length: LIMITS.attendees }, (_, index) => ({
    id: `att-${index}`,
    fullName: unspaced(LIMITS.fullName, `TÊN${index}`),
    position: unspaced(LIMITS.position, `CHỨCVỤ${index}`),
    role: index === 0 ? ("CHAIR" as const) : ("SPEAKER" as const),
    kind: "PERSON" as const,
    headCount: 1,
    presence: index % 10 === 9 ? ("EXCUSED" as const) : ("PRESENT" as const),
    absenceReason: index % 10 === 9 ? "Đi công tác" : null,
    substituteFor: null,
    organization: { shortName: ORGANIZATIONS[index % ORGANIZATIONS.length].shortName },
  }));
  const remarks = Array.from({ length: LIMITS.remarks }, (_, index) => ({
    attendanceId: `att-${index}`,
    body: unspaced(LIMITS.remarkBody, `PHÁTBIỂU${index}`),
  }));
  const directives = Array.from({ length: LIMITS.directives }, (_, index) => ({
    content: unspaced(LIMITS.directiveContent, `NHIỆMVỤ${index}`),
    dueDate: new Date("2020-06-30T00:00:00Z"),
    organizations: ORGANIZATIONS.map((organization, order) => ({
      role: order < LIMITS.leadOrganizations ? ("LEAD" as const) : ("SUPPORT" as const),
      organization: { name: organization.name, sortOrder: organization.sortOrder },
    })),
  }));
  const meeting = {
    id: "meeting-largest",
    title: unspaced(LIMITS.title, "TIÊUĐỀ"),
    status: "PUBLISHED" as const,
    startsAt: new Date("2020-03-24T07:00:00Z"),
    place: unspaced(LIMITS.place, "ĐỊAĐIỂM"),
    chairName: attendances[0].fullName,
    chairPosition: attendances[0].position,
    situationSummary: unspaced(LIMITS.summary, "TÌNHHÌNH"),
    conclusionText: unspaced(LIMITS.summary, "KẾTLUẬN"),
    createdAt: new Date("2020-03-01T00:00:00Z"),
    unitId: "unit-province",
    unit: { path: "/1/", committeeName: "Tỉnh ủy Thừa Thiên Huế", placeName: "Huế" },
    period: { year: 2020, type: "QUARTER" as const, index: 1 },
    invitations: ORGANIZATIONS.map((organization) => ({
      organizationId: organization.id,
      organization: { name: organization.name },
    })),
    attendances,
    remarks,
    directives,
  };

  // Every text above is exactly what the validators let through, and one character more is refused.
  ZScheduleMeetingSchema.parse({ unitId: "u", periodId: "p", kind: "LIAISON", title: meeting.title, place: meeting.place });
  ZSaveAttendanceSchema.parse({ meetingId: "m", version: 1, attendees: attendances });
  ZUpdateMinutesSchema.parse({ meetingId: "m", version: 1, ...meeting, remarks });
  ZSaveDirectivesSchema.parse({
    meetingId: "m",
    version: 1,
    directives: directives.map((directive) => ({
      content: directive.content,
      leadOrganizationIds: ORGANIZATIONS.slice(0, LIMITS.leadOrganizations).map((organization) => organization.id),
      supportOrganizationIds: ORGANIZATIONS.slice(LIMITS.leadOrganizations).map((organization) => organization.id),
    })),
  });
  if (ZUpdateMinutesSchema.safeParse({ meetingId: "m", version: 1, situationSummary: `${meeting.situationSummary}x` }).success)
    throw new Error("The summary limit grew: update LIMITS");
  return meeting;
}

export function largestMinutes(): MinutesDocument {
  return composeMinutes(largestMeeting() as unknown as Parameters<typeof composeMinutes>[0]);
}

export function largestNotice(): NoticeDocument {
  const notice = {
    noticeId: "n",
    version: 1,
    code: "12-TB/TU",
    subject: unspaced(LIMITS.noticeSubject, "TRÍCHYẾU"),
    body: unspaced(LIMITS.noticeBody, "NỘIDUNG"),
    signerTitle: unspaced(LIMITS.signerTitle, "TM"),
    signerPosition: unspaced(LIMITS.signerPosition, "CHỨCDANH"),
    signerName: unspaced(LIMITS.signerName, "NGƯỜIKÝ"),
    recipients: unspaced(LIMITS.recipients, "NƠINHẬN"),
  };
  ZUpdateNoticeSchema.parse(notice);
  if (ZUpdateNoticeSchema.safeParse({ ...notice, body: `${notice.body}x` }).success)
    throw new Error("The notice body limit grew: update LIMITS");
  return composeNotice(largestMeeting() as unknown as NoticeMeeting, notice, new Date("2020-04-15T03:00:00Z"));
}
