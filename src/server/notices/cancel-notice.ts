import "server-only";
import { recordAudit } from "@/server/audit/record-audit";
import type { Actor } from "@/server/auth/actor";
import { assertCan } from "@/server/auth/policy";
import { getDb } from "@/server/db/client";
import { parseInput } from "@/server/form-errors";
import { assertStatus, loadNotice } from "./notice-access";
import { ZCancelNoticeSchema } from "./schemas";
import { message } from "@/messages/message-ref";

/** Cancels an issued notice; its number stays taken and recorded, with the reason. */
export async function cancelNotice({ actor, input }: { actor: Actor; input: { noticeId: string; reason: string } }) {
  assertCan(actor, "issue:notice");
  const { noticeId, reason } = parseInput(ZCancelNoticeSchema, input);
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const notice = await loadNotice(tx, actor, noticeId, "issue:notice");
    assertStatus(notice.status, ["ISSUED"], message("notices.rules.onlyIssuedCancellable"));
    await tx.conclusionNotice.update({
      where: { id: noticeId },
      data: { status: "CANCELLED", cancelReason: reason, version: { increment: 1 } },
    });
    await recordAudit(tx, actor.id, "notice.cancel", ["ConclusionNotice", noticeId], {
      before: { status: "ISSUED", code: notice.code },
      after: { status: "CANCELLED", reason },
    });
  });
}
