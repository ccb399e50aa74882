import "server-only";
import { recordAudit } from "@/server/audit/record-audit";
import type { Actor } from "@/server/auth/actor";
import { assertCan } from "@/server/auth/policy";
import { getDb } from "@/server/db/client";
import { approvalRef, notifyApprovalStep } from "@/server/meetings/approval-notifications";
import { assertStatus, loadNotice } from "./notice-access";
import { message } from "@/messages/message-ref";

/** A leader approves the draft; from then on only its issue (or a new draft) follows. */
export async function approveNotice({ actor, noticeId }: { actor: Actor; noticeId: string }) {
  assertCan(actor, "approve:notice");
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const notice = await loadNotice(tx, actor, noticeId, "approve:notice");
    assertStatus(notice.status, ["DRAFT"], message("notices.rules.onlyDraftApprovable"));
    await tx.conclusionNotice.update({
      where: { id: noticeId },
      data: { status: "APPROVED", approvedById: actor.id, approvedAt: new Date(), version: { increment: 1 } },
    });
    await recordAudit(tx, actor.id, "notice.approve", ["ConclusionNotice", noticeId], {
      before: { status: "DRAFT" },
      after: { status: "APPROVED" },
    });
    // Issue 14: the secretariat hears the draft was approved and can issue it.
    await notifyApprovalStep(tx, "notice.approved", await approvalRef(tx, notice.meetingId), noticeId);
  });
}
