import "server-only";
import { deleteFormDraft } from "@/server/drafts/form-drafts";
import type { Actor } from "@/server/auth/actor";
import { AppError } from "@/server/errors";
import { bumpVersion, editMeetingContent, recordMeetingChange, refreshDerived } from "./meeting-write";
import { minutesDraftKey } from "./autosave-draft";
import { ZUpdateMinutesSchema, type TUpdateMinutesInput } from "./schemas";

/**
 * Saves the minutes: situation summary, remarks per attendee, the chair's
 * conclusion. A stale `version` is a CONFLICT and nothing is written; the
 * caller keeps the typed text. A successful save clears the user's draft.
 */
export async function updateMinutes({ actor, input }: { actor: Actor; input: TUpdateMinutesInput }) {
  return editMeetingContent(actor, ZUpdateMinutesSchema, input, async (tx, { data, meeting, amendmentReason }) => {
    const attendanceIds = data.remarks.flatMap((row) => (row.attendanceId ? [row.attendanceId] : []));
    if (attendanceIds.length) {
      const count = await tx.attendance.count({
        where: {
          meetingId: meeting.id,
          id: { in: [...new Set(attendanceIds)] },
        },
      });
      if (count !== new Set(attendanceIds).size)
        throw new AppError("INVALID_INPUT", undefined, {
          remarks: "attendanceId",
        });
    }
    const version = await bumpVersion(tx, meeting.id, data.version);
    const before = await tx.meeting.findUniqueOrThrow({
      where: { id: meeting.id },
      select: {
        situationSummary: true,
        conclusionText: true,
        remarks: {
          orderBy: { sortOrder: "asc" },
          select: { attendanceId: true, body: true },
        },
      },
    });
    await tx.meeting.update({
      where: { id: meeting.id },
      data: {
        situationSummary: data.situationSummary,
        conclusionText: data.conclusionText,
      },
    });
    await tx.meetingRemark.deleteMany({ where: { meetingId: meeting.id } });
    await tx.meetingRemark.createMany({
      data: data.remarks.map((row, index) => ({
        meetingId: meeting.id,
        attendanceId: row.attendanceId,
        body: row.body,
        sortOrder: index,
      })),
    });
    await refreshDerived(tx, meeting.id);
    await deleteFormDraft(tx, actor.id, minutesDraftKey(meeting.id));
    const after = {
      situationSummary: data.situationSummary,
      conclusionText: data.conclusionText,
      remarks: data.remarks,
    };
    await recordMeetingChange(tx, actor, {
      meetingId: meeting.id,
      part: "minutes",
      action: "meeting.minutes",
      before: before,
      after,
      amendmentReason,
    });
    return { version };
  });
}
