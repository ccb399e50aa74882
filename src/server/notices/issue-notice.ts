import "server-only";
import { recordAudit } from "@/server/audit/record-audit";
import type { Actor } from "@/server/auth/actor";
import { assertCan } from "@/server/auth/policy";
import { getDb, type Db } from "@/server/db/client";
import { guardedUpdate } from "@/server/db/guarded-update";
import { AppError, isUniqueViolation } from "@/server/errors";
import { getTermOn } from "@/server/numbering/term-on";
import { getIssuerOn, issuerDayOf } from "@/server/units/issuer-on";
import { vietnamDay } from "@/lib/dates";
import { issueWithNextNumber, peekDocumentNumber, storeAndTakeNumber, typedNumberHeld } from "@/server/numbering/allocate-number";
import { composeNotice, loadNoticeMeeting } from "./compose-notice";
import { assertStatus, loadNotice } from "./notice-access";
import { renderNoticeDocx } from "./render-notice-docx";
import { renderNoticePdf } from "./render-notice-pdf";
import { message } from "@/messages/message-ref";

/** How the number and date are given: by the portal's register, or as the văn thư recorded them. */
export interface IssueOptions {
  /** A number the văn thư gave in an outgoing register kept outside the portal. */
  number?: number;
  /** The day it was actually issued: only for a meeting recorded from the archive. */
  issuedOn?: Date;
}

/**
 * Issues an approved notice: takes the next number of the committee's register for the term
 * (or records the number the văn thư typed, refused when that register already holds it),
 * renders the PDF and DOCX once, stores them with their SHA-256 and freezes the notice.
 * If the issue fails, the number goes back to the register and the files are removed.
 */
export async function issueNotice({
  actor,
  noticeId,
  now = new Date(),
  options = {},
}: {
  actor: Actor;
  noticeId: string;
  now?: Date;
  options?: IssueOptions;
}) {
  assertCan(actor, "issue:notice");
  const db = await getDb();
  return issueWithNextNumber(() => attemptIssue(db, actor, noticeId, now, options));
}

/**
 * Lays the files out with the number the register will give next, outside any transaction
 * (rendering takes seconds, and PGlite runs one transaction at a time for the whole portal),
 * then takes the number in a short transaction; if another issue took it meanwhile, the
 * attempt is rolled back and made again.
 */
async function attemptIssue(db: Db, actor: Actor, noticeId: string, now: Date, options: IssueOptions) {
  const onlyArchive = message("partyDocuments.numbering.issuedOnOnlyArchive");
  const inFuture = message("partyDocuments.numbering.issuedOnInFuture");
  const notice = await loadNotice(db, actor, noticeId, "issue:notice");
  assertStatus(notice.status, ["APPROVED"], message("notices.rules.onlyApprovedIssuable"));
  const meeting = await loadNoticeMeeting(db, notice.meetingId);
  if (!meeting) throw new AppError("NOT_FOUND");
  if (options.issuedOn && !meeting.isArchive) throw new AppError("INVALID_INPUT", onlyArchive, { issuedOn: onlyArchive });
  if (options.issuedOn && vietnamDay(options.issuedOn) > vietnamDay(now))
    throw new AppError("INVALID_INPUT", inFuture, { issuedOn: inFuture });
  const issuedAt = options.issuedOn ?? now;
  const year = Number(vietnamDay(issuedAt).slice(0, 4));
  const [issuer, term] = await Promise.all([
    getIssuerOn(db, meeting.unitId, issuerDayOf(meeting, options.issuedOn)),
    getTermOn(db, meeting.unitId, issuedAt),
  ]);
  const register = { unitId: meeting.unitId, docType: "TB", term: term.label };
  const typed = options.number;
  const expected = typed ?? (await peekDocumentNumber(db, register));
  const code = `${expected}-TB/${issuer.numberSuffix}`;
  const exists = message("partyDocuments.numbering.numberExists", code, issuer.committeeName, term.label);
  const taken = new AppError("CONFLICT", exists, { number: exists });
  if (typed !== undefined && (await typedNumberHeld(db, register, typed, (where) => db.conclusionNotice.count({ where }))))
    throw taken;
  const document = composeNotice(meeting, { ...notice, status: "ISSUED", code }, issuedAt, issuer);
  const [pdf, docx] = await Promise.all([renderNoticePdf(document), renderNoticeDocx(document)]);
  return storeAndTakeNumber(db, { register, typed, expected, files: { pdf, docx } }, async (tx, numbered) => {
    // Only one issue wins, and only of the content the files were rendered from.
    await guardedUpdate(
      tx,
      "conclusionNotice",
      { id: noticeId, status: "APPROVED", version: notice.version },
      { status: "ISSUED", ...numbered, code, issuedAt, issuedById: actor.id },
    ).catch((error: unknown) => {
      // Only a register behind the notices it numbered (e.g. edited by hand) gets here; every
      // retry would take the same number again, so say so instead of "try again".
      if (isUniqueViolation(error))
        throw typed !== undefined ? taken : new AppError("CONFLICT", message("notices.rules.numberTaken", code, year));
      throw error;
    });
    await recordAudit(tx, actor.id, "notice.issue", ["ConclusionNotice", noticeId], {
      before: { status: "APPROVED" },
      after: {
        status: "ISSUED",
        code,
        term: term.label,
        typedNumber: typed !== undefined,
        issuedAt,
        pdfSha256: numbered.pdfSha256,
        docxSha256: numbered.docxSha256,
      },
    });
    return { code, number: numbered.number };
  });
}
