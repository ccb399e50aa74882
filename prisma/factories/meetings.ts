import type { AttendanceRole, AttendeeKind, DirectiveStatus, MeetingKind, MeetingStatus, Presence } from "@prisma/client";
import type { Tx } from "../../src/server/db/client";
import { formatPeriod, type PeriodLike } from "../../src/lib/periods";
import { meetingSearchText } from "../../src/lib/meeting-search-text";
import { upsertDocumentRefs } from "../../src/server/documents/upsert-document-refs";

export interface DirectiveSeed {
  content: string;
  lead: string[];
  support?: string[];
  dueDate?: Date | null;
  status?: DirectiveStatus;
  category?: string;
  cancelReason?: string;
  resultSummary?: string;
}

export interface MeetingSeed {
  unitId: string;
  period: PeriodLike & { id: string };
  kind?: MeetingKind;
  status?: MeetingStatus;
  title: string;
  startsAt?: Date | null;
  place?: string | null;
  chair?: { personId?: string | null; name: string; position: string } | null;
  reportDeadline?: Date | null;
  createdById: string;
  approvedById?: string | null;
  invitedOrganizationIds?: string[];
  attendees?: {
    fullName: string;
    position: string;
    organizationId?: string | null;
    personId?: string | null;
    role?: AttendanceRole;
    kind?: AttendeeKind;
    headCount?: number;
    presence?: Presence;
    absenceReason?: string | null;
    substituteFor?: string | null;
  }[];
  /** An archive entry: a meeting recorded after the fact. */
  isArchive?: boolean;
  situationSummary?: string;
  remarks?: { attendeeIndex: number; body: string }[];
  conclusionText?: string;
  directives?: DirectiveSeed[];
}

/** A meeting with its attendance, minutes, directives and cited documents (call inside a transaction). */
export async function createMeeting(tx: Tx, seed: MeetingSeed) {
  const status = seed.status ?? "DRAFT";
  const meeting = await tx.meeting.create({
    data: {
      unitId: seed.unitId,
      periodId: seed.period.id,
      kind: seed.kind ?? "LIAISON",
      status,
      title: seed.title,
      startsAt: seed.startsAt ?? null,
      place: seed.place ?? null,
      chairPersonId: seed.chair?.personId ?? null,
      chairName: seed.chair?.name ?? null,
      chairPosition: seed.chair?.position ?? null,
      reportDeadline: seed.reportDeadline ?? null,
      situationSummary: seed.situationSummary ?? "",
      conclusionText: seed.conclusionText ?? "",
      isArchive: seed.isArchive ?? false,
      searchText: meetingSearchText({
        title: seed.title,
        periodLabel: formatPeriod(seed.period),
        chairName: seed.chair?.name,
        chairPosition: seed.chair?.position,
        place: seed.place,
        situationSummary: seed.situationSummary,
        conclusionText: seed.conclusionText,
        remarks: seed.remarks?.map((remark) => remark.body),
        directives: seed.directives?.map((directive) => directive.content),
      }),
      createdById: seed.createdById,
      approvedById: seed.approvedById ?? null,
      approvedAt: seed.approvedById ? (seed.startsAt ?? new Date()) : null,
      publishedAt: status === "PUBLISHED" ? (seed.startsAt ?? new Date()) : null,
      invitations: {
        create: (seed.invitedOrganizationIds ?? []).map((organizationId) => ({
          organizationId,
        })),
      },
    },
  });
  const attendanceIds: string[] = [];
  for (const [index, attendee] of (seed.attendees ?? []).entries()) {
    const row = await tx.attendance.create({
      data: {
        meetingId: meeting.id,
        fullName: attendee.fullName,
        position: attendee.position,
        organizationId: attendee.organizationId ?? null,
        personId: attendee.personId ?? null,
        role: attendee.role ?? "ATTENDEE",
        kind: attendee.kind ?? "PERSON",
        headCount: attendee.headCount ?? 1,
        presence: attendee.presence ?? "PRESENT",
        absenceReason: attendee.absenceReason ?? null,
        substituteFor: attendee.substituteFor ?? null,
        sortOrder: index,
      },
    });
    attendanceIds.push(row.id);
  }
  for (const [index, remark] of (seed.remarks ?? []).entries()) {
    await tx.meetingRemark.create({
      data: {
        meetingId: meeting.id,
        attendanceId: attendanceIds[remark.attendeeIndex] ?? null,
        body: remark.body,
        sortOrder: index,
      },
    });
  }
  const { committeeName: localIssuerName } = await tx.unit.findUniqueOrThrow({
    where: { id: seed.unitId },
    select: { committeeName: true },
  });
  const meetingDocumentIds = await upsertDocumentRefs(
    tx,
    [seed.situationSummary ?? "", seed.conclusionText ?? "", ...(seed.remarks ?? []).map((r) => r.body)],
    { localIssuerName },
  );
  const directiveIds: string[] = [];
  for (const [index, directive] of (seed.directives ?? []).entries()) {
    const directiveStatus = directive.status ?? "OPEN";
    const row = await tx.directive.create({
      data: {
        meetingId: meeting.id,
        sortOrder: index,
        content: directive.content,
        category: directive.category ?? "",
        dueDate: directive.dueDate ?? null,
        status: directiveStatus,
        cancelReason: directive.cancelReason ?? null,
        resultSummary: directive.resultSummary ?? null,
        completedAt: directiveStatus === "DONE" ? (directive.dueDate ?? new Date()) : null,
        organizations: {
          create: [
            ...directive.lead.map((organizationId) => ({
              organizationId,
              role: "LEAD" as const,
            })),
            ...(directive.support ?? []).map((organizationId) => ({
              organizationId,
              role: "SUPPORT" as const,
            })),
          ],
        },
      },
    });
    directiveIds.push(row.id);
    const documentIds = await upsertDocumentRefs(tx, [directive.content], { localIssuerName });
    for (const documentId of documentIds) {
      await tx.directiveDocument.create({
        data: { directiveId: row.id, documentId },
      });
      meetingDocumentIds.push(documentId);
    }
  }
  for (const documentId of new Set(meetingDocumentIds)) {
    await tx.meetingDocument.create({
      data: { meetingId: meeting.id, documentId },
    });
  }
  return { ...meeting, attendanceIds, directiveIds };
}
