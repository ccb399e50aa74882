import "server-only";
import { recordAudit } from "@/server/audit/record-audit";
import type { Actor } from "@/server/auth/actor";
import { assertCan } from "@/server/auth/policy";
import { getDb } from "@/server/db/client";
import { vi } from "@/messages/vi";
import { assertStatus, loadNotice } from "./notice-access";
import { message } from "@/messages/message-ref";

/** An issued notice is never edited: a correction is a new draft that references it. */
export async function correctNotice({ actor, noticeId }: { actor: Actor; noticeId: string }) {
  assertCan(actor, "draft:notice");
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const original = await loadNotice(tx, actor, noticeId, "draft:notice");
    assertStatus(original.status, ["ISSUED", "CANCELLED"], message("notices.rules.onlyIssuedCorrectable"));
    const { subject, body, signerTitle, signerPosition, signerName, recipients } = original;
    const correction = await tx.conclusionNotice.create({
      data: {
        meetingId: original.meetingId,
        replacesId: original.id,
        subject,
        body: `${vi.notices.defaults.correctionOf(original.code ?? "")}\n\n${body}`,
        signerTitle,
        signerPosition,
        signerName,
        recipients,
      },
      select: { id: true },
    });
    await recordAudit(tx, actor.id, "notice.correct", ["ConclusionNotice", correction.id], {
      after: { replaces: original.code },
    });
    return correction;
  });
}
