import "server-only";
import type { Actor } from "@/server/auth/actor";
import { AppError } from "@/server/errors";
import { assertOrganizationsOfUnit, bumpVersion, editMeetingContent, recordMeetingChange, refreshDerived } from "./meeting-write";
import { ZSaveAttendanceSchema, type TSaveAttendanceInput } from "./schemas";
import { message } from "@/messages/message-ref";
import { ROLL_CALL_SELECT } from "./meeting-selects";

const ATTENDANCE_SELECT = { ...ROLL_CALL_SELECT, personId: true, organizationId: true } as const;

/**
 * Replaces the attendance list: rows with an id are updated (their remarks stay
 * linked), new rows are added, rows left out are removed. Order is the list's.
 */
export async function saveAttendance({ actor, input }: { actor: Actor; input: TSaveAttendanceInput }) {
  await editMeetingContent(actor, ZSaveAttendanceSchema, input, async (tx, { data, meeting, amendmentReason }) => {
    await assertOrganizationsOfUnit(
      tx,
      meeting.unitId,
      data.attendees.flatMap((row) => (row.organizationId ? [row.organizationId] : [])),
      "attendees",
    );
    const personIds = [...new Set(data.attendees.flatMap((row) => (row.personId ? [row.personId] : [])))];
    if (personIds.length) {
      const people = await tx.person.findMany({
        where: { id: { in: personIds } },
        select: { unit: { select: { path: true } } },
      });
      if (people.length !== personIds.length || people.some((person) => !meeting.unitPath.startsWith(person.unit.path))) {
        throw new AppError("INVALID_INPUT", message("meetings.rules.badPerson"), {
          attendees: message("meetings.rules.badPerson"),
        });
      }
    }
    await bumpVersion(tx, meeting.id, data.version);
    const inListOrder = { where: { meetingId: meeting.id }, orderBy: { sortOrder: "asc" } } as const;
    const before = await tx.attendance.findMany({ ...inListOrder, select: ATTENDANCE_SELECT });
    const existing = new Set(before.map((row) => row.id));
    const kept = new Set<string>();
    for (const [index, row] of data.attendees.entries()) {
      const fields = {
        personId: row.personId,
        fullName: row.fullName,
        position: row.position,
        organizationId: row.organizationId,
        role: row.role,
        kind: row.kind,
        headCount: row.headCount,
        presence: row.presence,
        absenceReason: row.absenceReason,
        substituteFor: row.substituteFor,
        sortOrder: index,
      };
      if (row.id && existing.has(row.id)) {
        kept.add(row.id);
        await tx.attendance.update({ where: { id: row.id }, data: fields });
      } else {
        const created = await tx.attendance.create({
          data: { ...fields, meetingId: meeting.id },
          select: { id: true },
        });
        kept.add(created.id);
      }
    }
    await tx.attendance.deleteMany({
      where: { meetingId: meeting.id, id: { notIn: [...kept] } },
    });
    // The chair of the attendance list is the meeting's chair when chosen from the directory.
    // A chair known by post only (an archive entry) is recorded by the post.
    const chair = data.attendees.find(
      (row) => row.role === "CHAIR" && row.kind === "PERSON" && (row.presence === "PRESENT" || row.presence === "SUBSTITUTE"),
    );
    if (chair) {
      await tx.meeting.update({
        where: { id: meeting.id },
        data: {
          chairPersonId: chair.personId,
          chairName: chair.fullName || null,
          chairPosition: chair.position,
        },
      });
    }
    await refreshDerived(tx, meeting.id);
    const after = await tx.attendance.findMany({ ...inListOrder, select: ATTENDANCE_SELECT });
    await recordMeetingChange(tx, actor, {
      meetingId: meeting.id,
      part: "attendance",
      action: "meeting.attendance",
      before,
      after,
      amendmentReason,
    });
  });
}
