import "server-only";
import { recordAudit } from "@/server/audit/record-audit";
import type { Actor } from "@/server/auth/actor";
import { assertCan } from "@/server/auth/policy";
import { getDb } from "@/server/db/client";
import { guardedUpdate } from "@/server/db/guarded-update";
import { parseInput } from "@/server/form-errors";
import { assertStatus, loadNotice } from "./notice-access";
import { ZUpdateNoticeSchema, type TUpdateNoticeInput } from "./schemas";
import { message } from "@/messages/message-ref";

/** Edits a draft notice; a stale version is a conflict, never a silent overwrite. */
export async function updateNotice({ actor, input }: { actor: Actor; input: TUpdateNoticeInput }) {
  assertCan(actor, "draft:notice");
  const { noticeId, version, ...fields } = parseInput(ZUpdateNoticeSchema, input);
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const notice = await loadNotice(tx, actor, noticeId, "draft:notice");
    assertStatus(notice.status, ["DRAFT"], message("notices.rules.onlyDraftEditable"));
    await guardedUpdate(tx, "conclusionNotice", { id: noticeId, version }, fields);
    const { subject, body, signerTitle, signerPosition, signerName, recipients } = notice;
    await recordAudit(tx, actor.id, "notice.update", ["ConclusionNotice", noticeId], {
      before: { subject, body, signerTitle, signerPosition, signerName, recipients },
      after: fields,
    });
  });
}
