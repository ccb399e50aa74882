import "server-only";
import type { Actor } from "@/server/auth/actor";
import { getDb } from "@/server/db/client";
import { AppError } from "@/server/errors";
import { parseInput } from "@/server/form-errors";
import { vi } from "@/messages/vi";
import { personSnapshot } from "./chair-snapshot";
import {
  assertContentEditable,
  assertMayEditMeetings,
  assertOrganizationsOfUnit,
  bumpVersion,
  loadMeetingForWrite,
  recordMeetingChange,
  refreshDerived,
} from "./meeting-write";
import { parseLocalDateTime } from "./schedule-meeting";
import { ZUpdateMeetingDetailsSchema, type TUpdateMeetingDetailsInput } from "./schemas";

/** Changes the schedule: period, kind, title, time, place, chair, invitations, deadline. */
export async function updateMeetingDetails({ actor, input }: { actor: Actor; input: TUpdateMeetingDetailsInput }) {
  assertMayEditMeetings(actor);
  const data = parseInput(ZUpdateMeetingDetailsSchema, input);
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const meeting = await loadMeetingForWrite(tx, data.meetingId);
    const amending = assertContentEditable(actor, meeting, data.amendmentReason);
    const period = await tx.period.findUnique({
      where: { id: data.periodId },
      select: { id: true },
    });
    if (!period)
      throw new AppError("INVALID_INPUT", vi.meetings.rules.badPeriod, {
        periodId: vi.meetings.rules.badPeriod,
      });
    await assertOrganizationsOfUnit(tx, meeting.unitId, data.invitedOrganizationIds, "invitedOrganizationIds");
    const before = await tx.meeting.findUniqueOrThrow({
      where: { id: meeting.id },
      select: {
        periodId: true,
        kind: true,
        title: true,
        startsAt: true,
        place: true,
        chairPersonId: true,
        chairName: true,
        chairPosition: true,
        reportDeadline: true,
        invitations: { select: { organizationId: true } },
      },
    });
    const startsAt = parseLocalDateTime(data.startsAt);
    const chair = data.chairPersonId
      ? await personSnapshot(tx, data.chairPersonId, meeting.unitPath, startsAt, "chairPersonId")
      : null;
    const fields = {
      periodId: period.id,
      kind: data.kind,
      title: data.title,
      startsAt,
      place: data.place || null,
      chairPersonId: chair?.personId ?? null,
      // Keep the stored snapshot when the same chair stays (their title that day does not change).
      chairName: chair ? (chair.personId === before.chairPersonId ? before.chairName : chair.fullName) : null,
      chairPosition: chair
        ? chair.personId === before.chairPersonId && before.startsAt?.getTime() === startsAt?.getTime()
          ? before.chairPosition
          : chair.position
        : null,
      reportDeadline: parseLocalDateTime(data.reportDeadline),
    };
    await bumpVersion(tx, meeting.id, data.version);
    await tx.meeting.update({ where: { id: meeting.id }, data: fields });
    await tx.meetingInvitation.deleteMany({ where: { meetingId: meeting.id } });
    await tx.meetingInvitation.createMany({
      data: [...new Set(data.invitedOrganizationIds)].map((organizationId) => ({
        meetingId: meeting.id,
        organizationId,
      })),
    });
    await refreshDerived(tx, meeting.id);
    const after = {
      ...fields,
      invitedOrganizationIds: data.invitedOrganizationIds,
    };
    const beforeAudit = {
      ...before,
      invitations: undefined,
      invitedOrganizationIds: before.invitations.map((row) => row.organizationId),
    };
    await recordMeetingChange(tx, actor, {
      meetingId: meeting.id,
      part: "details",
      action: "meeting.update",
      before: beforeAudit,
      after,
      amendmentReason: amending ? data.amendmentReason : null,
    });
  });
}
