import "server-only";
import { message } from "@/messages/message-ref";
import type { Actor } from "@/server/auth/actor";
import { assertCan } from "@/server/auth/policy";
import { recordAudit } from "@/server/audit/record-audit";
import { getDb } from "@/server/db/client";
import { AppError } from "@/server/errors";
import { parseInput } from "@/server/form-errors";
import { guardedUpdate } from "@/server/db/guarded-update";
import { refreshDerived } from "@/server/meetings/meeting-write";
import { saveAttendance } from "@/server/meetings/save-attendance";
import { saveDirectives } from "@/server/meetings/save-directives";
import { scheduleMeeting } from "@/server/meetings/schedule-meeting";
import { updateMinutes } from "@/server/meetings/update-minutes";
import { vietnamDay } from "@/lib/dates";
import { sha256 } from "./read-import";
import { ZSaveAttendanceSchema, ZSaveDirectivesSchema, ZUpdateMinutesSchema } from "@/server/meetings/schemas";
import { ZConfirmImportSchema, type TConfirmImport, type TConfirmImportInput } from "./schemas";
import { toAttendees, toDirectives, toMinutes, toScheduleInput, type OrganizationRef } from "./to-meeting-input";

/**
 * Everything the later steps check, checked before the first write: a refusal after the meeting
 * was scheduled would leave half an import behind. (The chair and the invited bodies are checked
 * by scheduleMeeting inside its own transaction.)
 */
async function checkBeforeWriting(data: TConfirmImport, unit: { path: string; organizations: OrganizationRef[] }): Promise<void> {
  const chair = data.chairPersonId
    ? { personId: data.chairPersonId, name: data.chairName || "—", position: data.chairPosition }
    : data.chairName || data.chairPosition
      ? { personId: null, name: data.chairName || data.chairPosition, position: data.chairPosition }
      : null;
  const ref = { meetingId: "import", version: 1 };
  parseInput(ZSaveAttendanceSchema, { ...ref, attendees: toAttendees(data, chair) });
  parseInput(ZSaveDirectivesSchema, { ...ref, directives: toDirectives(data, unit.organizations) });
  parseInput(ZUpdateMinutesSchema, { ...ref, ...toMinutes(data), remarks: [] });
  const orgIds = new Set(unit.organizations.map((o) => o.id));
  const invited = [
    ...data.representedOrganizationIds,
    ...data.attendees.flatMap((a) => (a.organizationId ? [a.organizationId] : [])),
  ];
  if (invited.some((id) => !orgIds.has(id)))
    throw new AppError("INVALID_INPUT", message("meetings.rules.badOrganization"), {
      attendees: message("meetings.rules.badOrganization"),
    });
  const personIds = [...new Set(data.attendees.flatMap((a) => (a.personId ? [a.personId] : [])))];
  if (personIds.length) {
    const db = await getDb();
    const people = await db.person.findMany({ where: { id: { in: personIds } }, select: { unit: { select: { path: true } } } });
    if (people.length !== personIds.length || people.some((p) => !unit.path.startsWith(p.unit.path)))
      throw new AppError("INVALID_INPUT", message("meetings.rules.badPerson"), {
        attendees: message("meetings.rules.badPerson"),
      });
  }
}

/**
 * Step 2: the reviewed draft becomes a meeting (a DRAFT, archived when already held) through the meeting use cases: schedule,
 * attendance, directives, minutes. The audit log keeps the source text's SHA-256.
 */
export async function confirmImport({ actor, input }: { actor: Actor; input: TConfirmImportInput }): Promise<{ id: string }> {
  assertCan(actor, "import:meeting");
  const data = parseInput(ZConfirmImportSchema, input);
  const db = await getDb();
  const unit = await db.unit.findUnique({
    where: { id: data.unitId },
    select: { path: true, organizations: { select: { id: true, name: true, shortName: true, kind: true } } },
  });
  if (!unit)
    throw new AppError("INVALID_INPUT", message("meetings.rules.badUnit"), { unitId: message("meetings.rules.badUnit") });
  assertCan(actor, "import:meeting", { unitPath: unit.path });
  await checkBeforeWriting(data, unit);

  const meeting = await scheduleMeeting({ actor, input: toScheduleInput(data, vietnamDay(new Date())) });
  const version = async () =>
    (await db.meeting.findUniqueOrThrow({ where: { id: meeting.id }, select: { version: true } })).version;

  const chairRow = await db.attendance.findFirst({
    where: { meetingId: meeting.id, role: "CHAIR" },
    select: { id: true, personId: true, fullName: true, position: true },
  });
  const chair = chairRow
    ? { personId: chairRow.personId, name: chairRow.fullName, position: data.chairPosition || chairRow.position }
    : data.chairName || data.chairPosition
      ? { personId: null, name: data.chairName || data.chairPosition, position: data.chairPosition }
      : null;
  const attendees = toAttendees(data, chair);
  if (attendees.length)
    await saveAttendance({
      actor,
      input: {
        meetingId: meeting.id,
        version: await version(),
        attendees: attendees.map((row, i) => ({ ...row, id: i === 0 && chairRow ? chairRow.id : null })),
      },
    });
  const directives = toDirectives(data, unit.organizations);
  if (directives.length) await saveDirectives({ actor, input: { meetingId: meeting.id, version: await version(), directives } });
  const minutes = toMinutes(data);
  if (minutes.situationSummary || minutes.conclusionText)
    await updateMinutes({ actor, input: { meetingId: meeting.id, version: await version(), ...minutes, remarks: [] } });

  const current = await version();
  await db.$transaction(async (tx) => {
    // The chair named in the report but not in the directory is kept as written.
    if (!chairRow && chair) {
      await guardedUpdate(
        tx,
        "meeting",
        { id: meeting.id, version: current },
        { chairName: chair.name, chairPosition: chair.position || null },
      );
      await refreshDerived(tx, meeting.id);
    }
    await recordAudit(tx, actor.id, "meeting.import", ["Meeting", meeting.id], {
      after: {
        sourceSha256: sha256(data.source),
        sourceLength: data.source.length,
        documents: data.documents,
        date: data.date || null,
      },
    });
  });
  return meeting;
}
