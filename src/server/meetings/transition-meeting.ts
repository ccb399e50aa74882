import "server-only";
import type { MeetingStatus } from "@prisma/client";
import { recordAudit } from "@/server/audit/record-audit";
import type { Actor } from "@/server/auth/actor";
import { assertCan, can, type Action } from "@/server/auth/policy";
import { getDb } from "@/server/db/client";
import { AppError } from "@/server/errors";
import { parseInput } from "@/server/form-errors";
import { assignedNotifications } from "@/server/directives/directive-notifications";
import { notify } from "@/server/notifications/notify";
import { bumpVersion, loadMeetingForWrite, meetingScope } from "./meeting-write";
import { notifyApprovalStep } from "./approval-notifications";
import { ZTransitionSchema, type TTransitionInput } from "./schemas";
import { message } from "@/messages/message-ref";

/** The lifecycle (DESIGN.md §3): each step, and who may take it. */
export const TRANSITIONS: Record<MeetingStatus, { to: MeetingStatus; action: Action } | null> = {
  DRAFT: { to: "SCHEDULED", action: "update:meeting" },
  SCHEDULED: { to: "HELD", action: "update:meeting" },
  HELD: { to: "CONCLUDED", action: "approve:meeting" },
  CONCLUDED: { to: "PUBLISHED", action: "publish:meeting" },
  PUBLISHED: null,
};

/** Moves a meeting one step along its lifecycle, checking the step's rules. */
export async function transitionMeeting({ actor, input }: { actor: Actor; input: TTransitionInput }) {
  if (!Object.values(TRANSITIONS).some((step) => step && can(actor, step.action))) throw new AppError("FORBIDDEN");
  const data = parseInput(ZTransitionSchema, input);
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const meeting = await loadMeetingForWrite(tx, data.meetingId);
    const step = TRANSITIONS[meeting.status];
    const wanted = Object.values(TRANSITIONS).find((candidate) => candidate?.to === data.to);
    assertCan(actor, (wanted ?? step)?.action ?? "approve:meeting", meetingScope(meeting));
    if (!step || step.to !== data.to) throw new AppError("INVALID_STATE", message("meetings.rules.badTransition"));
    const now = new Date();
    const row = await tx.meeting.findUniqueOrThrow({
      where: { id: meeting.id },
      select: {
        chairName: true,
        chairPosition: true,
        startsAt: true,
        title: true,
        isArchive: true,
        _count: { select: { invitations: true, directives: true } },
      },
    });
    if (data.to === "SCHEDULED" && (!row.startsAt || row._count.invitations === 0)) {
      throw new AppError("INVALID_STATE", message("meetings.rules.needsStartAndInvitations"));
    }
    if (data.to === "HELD") {
      // A chair known by post only (an archive entry) is a chair.
      if (!row.chairName && !row.chairPosition) throw new AppError("INVALID_STATE", message("meetings.rules.needsChair"));
      if (!row.startsAt || row.startsAt > now) throw new AppError("INVALID_STATE", message("meetings.rules.needsPastDate"));
    }
    if (data.to === "CONCLUDED" && row._count.directives === 0)
      throw new AppError("INVALID_STATE", message("meetings.rules.needsDirective"));
    await bumpVersion(tx, meeting.id, data.version);
    await tx.meeting.update({
      where: { id: meeting.id },
      data: {
        status: data.to,
        ...(data.to === "CONCLUDED" ? { approvedById: actor.id, approvedAt: now } : {}),
        ...(data.to === "PUBLISHED" ? { publishedAt: now } : {}),
      },
    });
    // Concluding assigns the directives: tell the staff of each lead and supporting organization
    // (assignedNotifications leaves out an archive entry's).
    if (data.to === "CONCLUDED") await notify(tx, await assignedNotifications(tx, { meetingId: meeting.id }));
    const ref = { id: meeting.id, title: row.title, isArchive: row.isArchive, scope: meetingScope(meeting) };
    if (data.to === "HELD") await notifyApprovalStep(tx, "meeting.waiting", ref);
    if (data.to === "CONCLUDED") await notifyApprovalStep(tx, "meeting.approved", ref);
    await recordAudit(tx, actor.id, "meeting.transition", ["Meeting", meeting.id], {
      before: { status: meeting.status },
      after: { status: data.to },
    });
  });
}
