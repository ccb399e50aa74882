import "server-only";
import { recordAudit } from "@/server/audit/record-audit";
import type { Actor } from "@/server/auth/actor";
import { getDb } from "@/server/db/client";
import { AppError } from "@/server/errors";
import { checkUpload } from "@/server/storage/checked-upload";
import { deleteStoredFile, readStoredFile, withStoredFiles } from "@/server/storage/file-storage";
import { loadReportFor } from "./report-access";
import { assertEditable } from "./write-report-content";

export { MAX_ATTACHMENT_BYTES, MAX_ATTACHMENT_MB } from "@/server/storage/checked-upload";

/**
 * Attaches a file to a report the actor may edit. The type is read from the content
 * (magic bytes) and must agree with the name's extension; the file is stored under a
 * random key, never under the name the user gave.
 */
export async function addAttachment({
  actor,
  reportId,
  file,
}: {
  actor: Actor;
  reportId: string;
  file: { name: string; bytes: Uint8Array };
}) {
  const db = await getDb();
  // Authorize before looking at (or storing) the file.
  const report = await loadReportFor(db, actor, reportId, "edit:report");
  assertEditable(report);
  const { fileName, mimeType, size, sha256 } = checkUpload(file);
  return withStoredFiles(async (store) => {
    const storageKey = await store(file.bytes);
    return db.$transaction(async (tx) => {
      // Re-check inside the transaction: the report may have been submitted meanwhile.
      const current = await loadReportFor(tx, actor, reportId, "edit:report");
      assertEditable(current);
      const attachment = await tx.attachment.create({
        data: {
          fileName,
          mimeType,
          size,
          sha256,
          storageKey,
          uploadedById: actor.id,
          reportId,
        },
        select: { id: true },
      });
      await recordAudit(tx, actor.id, "report.attach", ["UnitReport", reportId], {
        after: { attachmentId: attachment.id, fileName, size, sha256 },
      });
      return attachment;
    });
  });
}

/** Which attachment of which report, asked for by whom. */
interface AttachmentOfReport {
  actor: Actor;
  reportId: string;
  attachmentId: string;
}

export async function removeAttachment({ actor, reportId, attachmentId }: AttachmentOfReport) {
  const db = await getDb();
  const storageKey = await db.$transaction(async (tx) => {
    const report = await loadReportFor(tx, actor, reportId, "edit:report");
    assertEditable(report);
    const attachment = await tx.attachment.findFirst({
      where: { id: attachmentId, reportId },
      select: { id: true, storageKey: true, fileName: true },
    });
    if (!attachment) throw new AppError("NOT_FOUND");
    await tx.attachment.delete({ where: { id: attachment.id } });
    await recordAudit(tx, actor.id, "report.detach", ["UnitReport", reportId], {
      before: { attachmentId, fileName: attachment.fileName },
    });
    return attachment.storageKey;
  });
  await deleteStoredFile(storageKey);
}

/** A report's attachment for download, if the actor may read the report. */
export async function getAttachmentFile({ actor, reportId, attachmentId }: AttachmentOfReport) {
  const db = await getDb();
  await loadReportFor(db, actor, reportId, "read:report");
  const attachment = await db.attachment.findFirst({
    where: { id: attachmentId, reportId },
    select: { fileName: true, mimeType: true, size: true, storageKey: true },
  });
  if (!attachment) throw new AppError("NOT_FOUND");
  const bytes = await readStoredFile(attachment.storageKey);
  return { fileName: attachment.fileName, mimeType: attachment.mimeType, bytes };
}
