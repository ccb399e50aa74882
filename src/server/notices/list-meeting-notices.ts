import "server-only";
import type { Actor } from "@/server/auth/actor";
import { allowedSteps } from "@/server/auth/allowed-steps";
import { can } from "@/server/auth/policy";
import { getDb } from "@/server/db/client";
import { noticeScope, NOTICE_SELECT, visibleToActor } from "./notice-access";

// A notice's scope is its meeting's: the caller has read the meeting, so its notices are read without it.
const { meeting: _meeting, ...NOTICE_FIELDS } = NOTICE_SELECT;

/**
 * The notices of a meeting the actor may see, newest first, with what they may do to each. The
 * meeting is the one the caller has read (the meeting page, after getMeeting): its unit and
 * invited bodies decide, as `noticeScope` does for a notice read with its meeting.
 */
export async function listMeetingNotices({
  actor,
  meeting,
}: {
  actor: Actor;
  meeting: { id: string; unit: { path: string }; invitations: { organizationId: string }[] };
}) {
  const db = await getDb();
  const scope = noticeScope({ meeting });
  if (!can(actor, "read:notice", scope)) return [];
  const notices = await db.conclusionNotice.findMany({
    where: { meetingId: meeting.id },
    orderBy: { createdAt: "desc" },
    select: NOTICE_FIELDS,
  });
  return notices
    .filter((notice) => visibleToActor(actor, notice.status))
    .map((notice) => ({
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
    }));
}
