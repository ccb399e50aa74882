import "server-only";
import { createHash } from "node:crypto";
import { recordAudit } from "@/server/audit/record-audit";
import type { Actor } from "@/server/auth/actor";
import { assertCan } from "@/server/auth/policy";
import { getDb, type Db } from "@/server/db/client";
import { guardedUpdate } from "@/server/db/guarded-update";
import { AppError, isUniqueViolation } from "@/server/errors";
import { withStoredFiles } from "@/server/storage/file-storage";
import { vietnamDay } from "@/lib/dates";
import { allocateDocumentNumber, peekDocumentNumber } from "./allocate-number";
import { composeNotice, issuerSuffix, loadNoticeMeeting } from "./compose-notice";
import { assertStatus, loadNotice } from "./notice-access";
import { renderNoticeDocx } from "./render-notice-docx";
import { renderNoticePdf } from "./render-notice-pdf";
import { message } from "@/messages/message-ref";

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

/** Another issue of the same register took the number the files were laid out with. */
class NumberMoved extends Error {}

// Each round at least one of the notices issued at once gets its number, so a few rounds do.
const MAX_ATTEMPTS = 5;

/**
 * Issues an approved notice: takes the next number of the committee's register,
 * renders the PDF and DOCX once, stores them with their SHA-256 and freezes the notice.
 * If the issue fails, the number goes back to the register and the files are removed.
 */
export async function issueNotice({ actor, noticeId, now = new Date() }: { actor: Actor; noticeId: string; now?: Date }) {
  assertCan(actor, "issue:notice");
  const db = await getDb();
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await attemptIssue(db, actor, noticeId, now);
    } catch (error) {
      if (!(error instanceof NumberMoved)) throw error;
      if (attempt === MAX_ATTEMPTS) throw new AppError("CONFLICT");
    }
  }
}

/**
 * Lays the files out with the number the register will give next, outside any transaction
 * (rendering takes seconds, and PGlite runs one transaction at a time for the whole portal),
 * then takes the number in a short transaction; if another issue took it meanwhile, the
 * attempt is rolled back and made again.
 */
async function attemptIssue(db: Db, actor: Actor, noticeId: string, now: Date) {
  const notice = await loadNotice(db, actor, noticeId, "issue:notice");
  assertStatus(notice.status, ["APPROVED"], message("notices.rules.onlyApprovedIssuable"));
  const meeting = await loadNoticeMeeting(db, notice.meetingId);
  if (!meeting) throw new AppError("NOT_FOUND");
  const year = Number(vietnamDay(now).slice(0, 4));
  const register = { unitId: meeting.unitId, docType: "TB", year };
  const expected = await peekDocumentNumber(db, register);
  const code = `${expected}-TB/${issuerSuffix(meeting.unit.committeeName)}`;
  const document = composeNotice(meeting, { ...notice, code }, now);
  const [pdf, docx] = await Promise.all([renderNoticePdf(document), renderNoticeDocx(document)]);
  return withStoredFiles(async (store) => {
    const [pdfStorageKey, docxStorageKey] = await Promise.all([store(pdf), store(docx)]);
    return db.$transaction(async (tx) => {
      const { registerId, number } = await allocateDocumentNumber(tx, register);
      if (number !== expected) throw new NumberMoved();
      // Only one issue wins, and only of the content the files were rendered from.
      await guardedUpdate(
        tx,
        "conclusionNotice",
        { id: noticeId, status: "APPROVED", version: notice.version },
        {
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
        },
      ).catch((error: unknown) => {
        // Only a register behind the notices it numbered (e.g. edited by hand) gets here; every
        // retry would take the same number again, so say so instead of "try again".
        if (isUniqueViolation(error)) throw new AppError("CONFLICT", message("notices.rules.numberTaken", code, year));
        throw error;
      });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "notice.issue",
        entityType: "ConclusionNotice",
        entityId: noticeId,
        before: { status: "APPROVED" },
        after: { status: "ISSUED", code, pdfSha256: sha256(pdf), docxSha256: sha256(docx) },
      });
      return { code, number };
    });
  });
}
