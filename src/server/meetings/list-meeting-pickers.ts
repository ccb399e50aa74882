import "server-only";
import type { Actor } from "@/server/auth/actor";
import { AppError } from "@/server/errors";
import { getMeeting } from "./get-meeting";
import { listDirectory, listMeetingFormOptions } from "./meeting-form-options";

/**
 * What the meeting page's editors offer to pick from (the unit's directory, its bodies, the
 * periods), asked for when an editor opens rather than carried in the page (issue 18,
 * docs/decisions/0034): only someone who may edit or amend the meeting gets them.
 */
export async function listMeetingPickers({ actor, meetingId }: { actor: Actor; meetingId: string }) {
  const { meeting, permissions } = await getMeeting({ actor, meetingId });
  if (!permissions.edit && !permissions.amend) throw new AppError("FORBIDDEN");
  const [directory, options] = await Promise.all([
    listDirectory(meeting.unit.path, meeting.startsAt),
    listMeetingFormOptions(actor),
  ]);
  const unit = options.units.find((row) => row.id === meeting.unitId);
  const organizations = (unit?.organizations ?? []).map(({ id, name, shortName, submitsReports }) => ({
    id,
    name,
    shortName,
    submitsReports,
  }));
  return {
    /** The attendance editor's directory: people of the unit and the units above it, posts as of the meeting's day. */
    people: directory.map(({ id, fullName, position, organizationId }) => ({ id, fullName, position, organizationId })),
    /** The bodies of the meeting's unit: attendees' organizations, a directive's lead and support. */
    organizations,
    /** The details form: the meeting's own unit (it does not move), every period, and who may chair. */
    form: {
      units: unit ? [{ id: unit.id, name: unit.name, label: unit.label, level: unit.level, path: unit.path, organizations }] : [],
      periods: options.periods,
      people: options.people
        .filter((person) => unit?.path.startsWith(person.unitPath))
        .map(({ id, fullName, unitPath, position }) => ({ id, fullName, unitPath, position })),
    },
  };
}

export type MeetingPickers = Awaited<ReturnType<typeof listMeetingPickers>>;
