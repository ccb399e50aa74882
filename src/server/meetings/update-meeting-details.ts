import "server-only";
import type { Actor } from "@/server/auth/actor";
import { AppError } from "@/server/errors";
import { meetingRecordVi } from "@/messages/vi/meeting-record";
import { parseMeetingTime } from "@/lib/meeting-time";
import { personSnapshot } from "./chair-snapshot";
import {
  assertOrganizationsOfUnit,
  bumpVersion,
  companionsOf,
  editMeetingContent,
  recordMeetingChange,
  refreshDerived,
} from "./meeting-write";
import { parseLocalDateTime } from "./schedule-meeting";
import { MEETING_DETAILS_SELECT } from "./meeting-selects";
import { ZUpdateMeetingDetailsSchema, type TUpdateMeetingDetailsInput } from "./schemas";
import { message } from "@/messages/message-ref";

/**
 * Changes the schedule: period, kind, title, time, place, chair, invitations, deadline. A detail
 * absent from the input keeps its stored value; only an explicit "" clears an optional one.
 */
export async function updateMeetingDetails({ actor, input }: { actor: Actor; input: TUpdateMeetingDetailsInput }) {
  await editMeetingContent(actor, ZUpdateMeetingDetailsSchema, input, async (tx, { data, meeting, amendmentReason }) => {
    const before = await tx.meeting.findUniqueOrThrow({
      where: { id: meeting.id },
      select: { ...MEETING_DETAILS_SELECT, invitations: { select: { organizationId: true } } },
    });
    if (data.periodId !== undefined && !(await tx.period.findUnique({ where: { id: data.periodId }, select: { id: true } })))
      throw new AppError("INVALID_INPUT", message("meetings.rules.badPeriod"), {
        periodId: message("meetings.rules.badPeriod"),
      });
    const invitedOrganizationIds = data.invitedOrganizationIds ?? before.invitations.map((row) => row.organizationId);
    if (data.invitedOrganizationIds)
      await assertOrganizationsOfUnit(tx, meeting.unitId, data.invitedOrganizationIds, "invitedOrganizationIds");
    const startsAt = data.startsAt === undefined ? before.startsAt : parseMeetingTime(data.startsAt);
    const endsAt = data.endsAt === undefined ? before.endsAt : parseLocalDateTime(data.endsAt);
    // An end before the start is refused however the two arrived (one of them stored).
    if (endsAt && startsAt && endsAt <= startsAt)
      throw new AppError("INVALID_INPUT", message("meetingRecord.rules.endBeforeStart"), {
        endsAt: meetingRecordVi.rules.endBeforeStart,
      });
    const keep = <T>(value: T | undefined, stored: T) => (value === undefined ? stored : value);
    const chairPersonId = data.chairPersonId === undefined ? before.chairPersonId : data.chairPersonId;
    const chair = chairPersonId ? await personSnapshot(tx, chairPersonId, meeting.unitPath, startsAt, "chairPersonId") : null;
    const sameChair = chair !== null && chair.personId === before.chairPersonId;
    const fields = {
      periodId: data.periodId ?? before.periodId,
      kind: data.kind ?? before.kind,
      title: data.title ?? before.title,
      startsAt,
      place: data.place === undefined ? before.place : data.place || null,
      chairPersonId: chair?.personId ?? null,
      // Keep the stored snapshot when the same chair stays (their title that day does not change),
      // and a chair known only by name (imported) when the input does not touch the chair.
      chairName: chair
        ? sameChair
          ? before.chairName
          : chair.fullName
        : data.chairPersonId === undefined
          ? before.chairName
          : null,
      chairPosition: chair
        ? sameChair && before.startsAt?.getTime() === startsAt?.getTime()
          ? before.chairPosition
          : chair.position
        : data.chairPersonId === undefined
          ? before.chairPosition
          : null,
      reportDeadline: data.reportDeadline === undefined ? before.reportDeadline : parseLocalDateTime(data.reportDeadline),
      datePrecision: keep(data.datePrecision, before.datePrecision),
      endsAt,
      host: keep(data.host, before.host),
      resultsText: keep(data.resultsText, before.resultsText),
      shortcomingsText: keep(data.shortcomingsText, before.shortcomingsText),
      internalNotes: keep(data.internalNotes, before.internalNotes),
      sourceUrl: data.sourceUrl === undefined ? before.sourceUrl : data.sourceUrl || null,
      sourceTitle: data.sourceTitle === undefined ? before.sourceTitle : data.sourceTitle || null,
      isArchive: keep(data.isArchive, before.isArchive),
    };
    await bumpVersion(tx, meeting.id, data.version);
    await tx.meeting.update({ where: { id: meeting.id }, data: fields });
    const storedCompanions = (
      await tx.meetingPeriod.findMany({ where: { meetingId: meeting.id }, select: { periodId: true } })
    ).map((row) => row.periodId);
    const companionPeriodIds =
      data.companionPeriodIds === undefined ? storedCompanions : await companionsOf(tx, fields.periodId, data.companionPeriodIds);
    if (data.companionPeriodIds !== undefined) {
      await tx.meetingPeriod.deleteMany({ where: { meetingId: meeting.id } });
      await tx.meetingPeriod.createMany({ data: companionPeriodIds.map((periodId) => ({ meetingId: meeting.id, periodId })) });
    }
    if (data.invitedOrganizationIds) {
      await tx.meetingInvitation.deleteMany({ where: { meetingId: meeting.id } });
      await tx.meetingInvitation.createMany({
        data: [...new Set(data.invitedOrganizationIds)].map((organizationId) => ({
          meetingId: meeting.id,
          organizationId,
        })),
      });
    }
    await refreshDerived(tx, meeting.id);
    const after = { ...fields, invitedOrganizationIds, companionPeriodIds };
    const beforeAudit = {
      ...before,
      invitations: undefined,
      invitedOrganizationIds: before.invitations.map((row) => row.organizationId),
      companionPeriodIds: storedCompanions,
    };
    await recordMeetingChange(tx, actor, {
      meetingId: meeting.id,
      part: "details",
      action: "meeting.update",
      before: beforeAudit,
      after,
      amendmentReason,
    });
  });
}
