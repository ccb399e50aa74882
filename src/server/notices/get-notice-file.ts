import "server-only";
import { createHash } from "node:crypto";
import type { Actor } from "@/server/auth/actor";
import { getDb } from "@/server/db/client";
import { AppError } from "@/server/errors";
import { readStoredFile } from "@/server/storage/file-storage";
import { getIssuerOn, issuerDayOf } from "@/server/units/issuer-on";
import { slugify } from "@/lib/text";
import { composeNotice, loadNoticeMeeting } from "./compose-notice";
import { loadNotice } from "./notice-access";
import { renderNoticeDocx } from "./render-notice-docx";
import { renderNoticePdf } from "./render-notice-pdf";

export type NoticeFormat = "pdf" | "docx";

const MIME: Record<NoticeFormat, string> = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
};

/**
 * The notice as a file: an issued one exactly as stored (checked against its
 * SHA-256); a draft rendered afresh as a preview, with its number left blank.
 */
export async function getNoticeFile({ actor, noticeId, format }: { actor: Actor; noticeId: string; format: NoticeFormat }) {
  const db = await getDb();
  const notice = await loadNotice(db, actor, noticeId, "read:notice");
  const name = slugify(`thong-bao-ket-luan-${notice.code ?? "du-thao"}`);
  const fileName = `${name}.${format}`;
  if (notice.status === "ISSUED" || notice.status === "CANCELLED") {
    const key = format === "pdf" ? notice.pdfStorageKey : notice.docxStorageKey;
    const expected = format === "pdf" ? notice.pdfSha256 : notice.docxSha256;
    if (!key || !expected) throw new AppError("NOT_FOUND");
    const bytes = await readStoredFile(key);
    if (createHash("sha256").update(bytes).digest("hex") !== expected)
      throw new Error(`Stored notice ${noticeId} does not match its SHA-256`);
    return { bytes, fileName, mimeType: MIME[format] };
  }
  const meeting = await loadNoticeMeeting(db, notice.meetingId);
  if (!meeting) throw new AppError("NOT_FOUND");
  const issuer = await getIssuerOn(db, meeting.unitId, issuerDayOf(meeting));
  const document = composeNotice(meeting, notice, new Date(), issuer);
  const bytes = format === "pdf" ? await renderNoticePdf(document) : await renderNoticeDocx(document);
  return { bytes, fileName, mimeType: MIME[format] };
}
