import "server-only";
import type { Actor } from "@/server/auth/actor";
import { readableWhere } from "@/server/auth/policy";
import { getDb } from "@/server/db/client";
import { AppError } from "@/server/errors";
import { readStoredFile } from "@/server/storage/file-storage";

/** A meeting's document for download, for whoever may read the meeting (else as if it did not exist). */
export async function getMeetingAttachmentFile({
  actor,
  meetingId,
  attachmentId,
}: {
  actor: Actor;
  meetingId: string;
  attachmentId: string;
}) {
  const db = await getDb();
  const attachment = await db.attachment.findFirst({
    where: { id: attachmentId, meetingId, meeting: readableWhere(actor, "read:meeting") },
    select: { fileName: true, mimeType: true, storageKey: true },
  });
  if (!attachment) throw new AppError("NOT_FOUND");
  return { fileName: attachment.fileName, mimeType: attachment.mimeType, bytes: await readStoredFile(attachment.storageKey) };
}
