import "server-only";
import { createHash } from "node:crypto";
import { recordAudit } from "@/server/audit/record-audit";
import type { Actor } from "@/server/auth/actor";
import { assertCan } from "@/server/auth/policy";
import { getDb } from "@/server/db/client";
import { isUniqueViolation } from "@/server/db/unique-violation";
import { AppError } from "@/server/errors";
import { withStoredFiles } from "@/server/storage/file-storage";
import { vietnamDay } from "@/lib/dates";
import { vi } from "@/messages/vi";
import { allocateDocumentNumber } from "./allocate-number";
import { composeNotice, issuerSuffix, loadNoticeMeeting } from "./compose-notice";
import { assertStatus, loadNotice } from "./notice-access";
import { renderNoticeDocx } from "./render-notice-docx";
import { renderNoticePdf } from "./render-notice-pdf";

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

/**
 * Issues an approved notice: takes the next number of the committee's register,
 * renders the PDF and DOCX once, stores them with their SHA-256 and freezes the notice.
 * If the issue fails, the number goes back to the register and the files are removed.
 */
export async function issueNotice({ actor, noticeId, now = new Date() }: { actor: Actor; noticeId: string; now?: Date }) {
  assertCan(actor, "issue:notice");
  const db = await getDb();
  return withStoredFiles((store) =>
    db.$transaction(
      async (tx) => {
        const notice = await loadNotice(tx, actor, noticeId, "issue:notice");
        assertStatus(notice.status, ["APPROVED"], vi.notices.rules.onlyApprovedIssuable);
        const meeting = await loadNoticeMeeting(tx, notice.meetingId);
        if (!meeting) throw new AppError("NOT_FOUND");
        const year = Number(vietnamDay(now).slice(0, 4));
        const { registerId, number } = await allocateDocumentNumber(tx, { unitId: meeting.unitId, docType: "TB", year });
        const code = `${number}-TB/${issuerSuffix(meeting.unit.committeeName)}`;
        const document = composeNotice(meeting, { ...notice, code }, now);
        const [pdf, docx] = await Promise.all([renderNoticePdf(document), renderNoticeDocx(document)]);
        const [pdfStorageKey, docxStorageKey] = await Promise.all([store(pdf), store(docx)]);
        // Only one issue wins: the status is checked again in the same statement.
        const issued = await tx.conclusionNotice
          .updateMany({
            where: { id: noticeId, status: "APPROVED" },
            data: {
              status: "ISSUED",
              registerId,
              number,
              code,
              issuedAt: now,
              issuedById: actor.id,
              pdfStorageKey,
              pdfSha256: sha256(pdf),
              docxStorageKey,
              docxSha256: sha256(docx),
              version: { increment: 1 },
            },
          })
          .catch((error: unknown) => {
            // Only a register behind the notices it numbered (e.g. edited by hand) gets here; every
            // retry would take the same number again, so say so instead of "try again".
            if (isUniqueViolation(error)) throw new AppError("CONFLICT", vi.notices.rules.numberTaken(code, year));
            throw error;
          });
        if (issued.count === 0) throw new AppError("CONFLICT");
        await recordAudit(tx, {
          actorId: actor.id,
          action: "notice.issue",
          entityType: "ConclusionNotice",
          entityId: noticeId,
          before: { status: "APPROVED" },
          after: { status: "ISSUED", code, pdfSha256: sha256(pdf), docxSha256: sha256(docx) },
        });
        return { code, number };
      },
      // Rendering happens inside the transaction (the number is printed in the files), and PGlite
      // runs one transaction at a time: a queue of issues must wait its turn, not fail after 2 s.
      { maxWait: 60_000, timeout: 60_000 },
    ),
  );
}
