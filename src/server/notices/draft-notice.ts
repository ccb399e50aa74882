import "server-only";
import { recordAudit } from "@/server/audit/record-audit";
import type { Actor } from "@/server/auth/actor";
import { assertCan } from "@/server/auth/policy";
import { getDb } from "@/server/db/client";
import { AppError } from "@/server/errors";
import { approvalRef, notifyApprovalStep } from "@/server/meetings/approval-notifications";
import { getIssuerOn, issuerDayOf } from "@/server/units/issuer-on";
import { defaultNoticeFields, loadNoticeMeeting } from "./compose-notice";
import { message } from "@/messages/message-ref";

/**
 * Starts the conclusion notice of a concluded meeting, prefilled from the record.
 * An unfinished notice of the meeting is returned instead of a second one.
 */
export async function draftNotice({ actor, meetingId }: { actor: Actor; meetingId: string }) {
  assertCan(actor, "draft:notice");
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const meeting = await loadNoticeMeeting(tx, meetingId);
    if (!meeting) throw new AppError("NOT_FOUND");
    assertCan(actor, "draft:notice", { unitPath: meeting.unit.path });
    if (meeting.status !== "CONCLUDED" && meeting.status !== "PUBLISHED")
      throw new AppError("INVALID_STATE", message("notices.rules.meetingNotConcluded"));
    const open = await tx.conclusionNotice.findFirst({
      where: { meetingId, status: { in: ["DRAFT", "APPROVED"] } },
      select: { id: true },
    });
    if (open) return open;
    const fields = defaultNoticeFields(meeting, await getIssuerOn(tx, meeting.unitId, issuerDayOf(meeting)));
    const notice = await tx.conclusionNotice.create({ data: { meetingId, ...fields }, select: { id: true } });
    await recordAudit(tx, actor.id, "notice.draft", ["ConclusionNotice", notice.id], { after: fields });
    // Issue 14: the leaders who approve hear that a draft waits for them.
    await notifyApprovalStep(tx, "notice.waiting", await approvalRef(tx, meetingId), notice.id);
    return notice;
  });
}
