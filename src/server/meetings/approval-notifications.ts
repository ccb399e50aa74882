import "server-only";
import type { RecordScope } from "@/server/auth/policy";
import type { Tx } from "@/server/db/client";
import { notifyWhoCan } from "@/server/notifications/notify";
import { meetingRecordVi } from "@/messages/vi/meeting-record";

const t = meetingRecordVi.approval;

interface MeetingRef {
  id: string;
  title: string;
  isArchive: boolean;
  scope: RecordScope;
}

/**
 * Both sides of an approval hear of it: the leaders who may approve when a meeting (recorded as
 * held) or a conclusion notice (drafted) waits for them, the secretariat when it is approved.
 * An archive entry (recorded after the fact) notifies no one.
 */
export async function notifyApprovalStep(
  tx: Tx,
  step: "meeting.waiting" | "meeting.approved" | "notice.waiting" | "notice.approved",
  meeting: MeetingRef,
  noticeId?: string,
): Promise<void> {
  if (meeting.isArchive) return;
  const link = `/meetings/${meeting.id}`;
  const spec = {
    "meeting.waiting": { action: "approve:meeting", title: t.notifyMeetingTitle(meeting.title), body: t.notifyMeetingBody },
    "meeting.approved": { action: "update:meeting", title: t.notifyMeetingApprovedTitle(meeting.title), body: "" },
    "notice.waiting": { action: "approve:notice", title: t.notifyNoticeTitle(meeting.title), body: t.notifyNoticeBody },
    "notice.approved": { action: "draft:notice", title: t.notifyNoticeApprovedTitle(meeting.title), body: "" },
  } as const;
  const { action, title, body } = spec[step];
  const dedupeKey = `${step}:${noticeId ?? meeting.id}:${Date.now()}`;
  await notifyWhoCan(tx, action, meeting.scope, { kind: step, title, body, link, dedupeKey });
}

/** What notifyApprovalStep needs of a meeting, read inside the transaction. */
export async function approvalRef(tx: Tx, meetingId: string): Promise<MeetingRef> {
  const meeting = await tx.meeting.findUniqueOrThrow({
    where: { id: meetingId },
    select: {
      id: true,
      title: true,
      isArchive: true,
      unit: { select: { path: true } },
      invitations: { select: { organizationId: true } },
    },
  });
  return {
    id: meeting.id,
    title: meeting.title,
    isArchive: meeting.isArchive,
    scope: { unitPath: meeting.unit.path, organizationIds: meeting.invitations.map((row) => row.organizationId) },
  };
}
