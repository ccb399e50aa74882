import "server-only";
import type { Actor } from "@/server/auth/actor";
import { allowedSteps } from "@/server/auth/allowed-steps";
import { can } from "@/server/auth/policy";
import { getDb } from "@/server/db/client";
import { noticeScope, NOTICE_SELECT, visibleToActor } from "./notice-access";

/** The notices of a meeting the actor may see, newest first, with what they may do to each. */
export async function listMeetingNotices({ actor, meetingId }: { actor: Actor; meetingId: string }) {
  const db = await getDb();
  const notices = await db.conclusionNotice.findMany({
    where: { meetingId },
    orderBy: { createdAt: "desc" },
    select: NOTICE_SELECT,
  });
  return notices
    .filter((notice) => can(actor, "read:notice", noticeScope(notice)) && visibleToActor(actor, notice.status))
    .map((notice) => {
      const scope = noticeScope(notice);
      return {
        id: notice.id,
        status: notice.status,
        code: notice.code,
        subject: notice.subject,
        body: notice.body,
        signerTitle: notice.signerTitle,
        signerPosition: notice.signerPosition,
        signerName: notice.signerName,
        recipients: notice.recipients,
        version: notice.version,
        issuedAt: notice.issuedAt,
        approvedAt: notice.approvedAt,
        cancelReason: notice.cancelReason,
        replacesId: notice.replacesId,
        pdfSha256: notice.pdfSha256,
        may: allowedSteps(
          actor,
          { status: notice.status, scope },
          {
            edit: [["DRAFT"], "draft:notice"],
            approve: [["DRAFT"], "approve:notice"],
            issue: [["APPROVED"], "issue:notice"],
            cancel: [["ISSUED"], "issue:notice"],
            correct: [["ISSUED", "CANCELLED"], "draft:notice"],
          },
        ),
      };
    });
}
