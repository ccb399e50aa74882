import "server-only";
import type { Actor } from "@/server/auth/actor";
import { assertCan } from "@/server/auth/policy";
import { getDb } from "@/server/db/client";
import { AppError } from "@/server/errors";
import { vietnamDay } from "@/lib/dates";
import { meetingScope } from "./meeting-write";

/**
 * The leaders of the meeting's invited organizations on the meeting day, as
 * attendance rows to add in one step (the form adds them, the user saves).
 */
export async function listOrganizationLeaders({ actor, meetingId }: { actor: Actor; meetingId: string }) {
  const db = await getDb();
  const meeting = await db.meeting.findUnique({
    where: { id: meetingId },
    select: {
      status: true,
      startsAt: true,
      unit: { select: { path: true } },
      invitations: { select: { organizationId: true } },
    },
  });
  if (!meeting) throw new AppError("NOT_FOUND");
  const invited = meeting.invitations.map((row) => row.organizationId);
  assertCan(
    actor,
    "update:meeting",
    meetingScope({
      unitPath: meeting.unit.path,
      invitedOrganizationIds: invited,
      status: meeting.status,
    }),
  );
  const day = new Date(vietnamDay(meeting.startsAt ?? new Date()));
  const positions = await db.position.findMany({
    where: {
      organizationId: { in: invited },
      isLeader: true,
      startDate: { lte: day },
      OR: [{ endDate: null }, { endDate: { gte: day } }],
    },
    orderBy: [{ organization: { sortOrder: "asc" } }, { startDate: "asc" }],
    select: {
      title: true,
      organizationId: true,
      person: { select: { id: true, fullName: true } },
    },
  });
  return positions.map((position) => ({
    personId: position.person.id,
    fullName: position.person.fullName,
    position: position.title,
    organizationId: position.organizationId,
    role: "REPORTER" as const,
    kind: "PERSON" as const,
    headCount: 1,
    presence: "PRESENT" as const,
    absenceReason: "",
    substituteFor: "",
  }));
}
