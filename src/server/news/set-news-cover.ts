import "server-only";
import { createHash } from "node:crypto";
import { recordAudit } from "@/server/audit/record-audit";
import type { Actor } from "@/server/auth/actor";
import { assertCan } from "@/server/auth/policy";
import { getDb } from "@/server/db/client";
import { AppError } from "@/server/errors";
import { message, type MessageRef } from "@/messages/message-ref";
import { detectFileType, MIME_TYPES, typeFromName } from "@/server/storage/detect-file-type";
import { deleteStoredFile, withStoredFiles } from "@/server/storage/file-storage";
import { cleanText } from "@/lib/text";
import { loadNewsFor } from "./news-access";

export const MAX_COVER_MB = 5;
const MAX_COVER_BYTES = MAX_COVER_MB * 1024 * 1024;

const fileError = (refusal: MessageRef) => new AppError("INVALID_INPUT", refusal, { cover: refusal });

/**
 * Sets the cover image of a news item: PNG or JPEG, the type read from the content and
 * agreeing with the name; stored under a random key. The previous cover is removed.
 */
export async function setNewsCover({
  actor,
  newsId,
  file,
}: {
  actor: Actor;
  newsId: string;
  file: { name: string; bytes: Uint8Array };
}) {
  assertCan(actor, "manage:news");
  const db = await getDb();
  await loadNewsFor(db, actor, newsId);
  const fileName = cleanText(file.name).replace(/[\\/]/g, "_").slice(0, 200);
  if (!fileName || file.bytes.byteLength === 0) throw fileError(message("news.coverRequired"));
  if (file.bytes.byteLength > MAX_COVER_BYTES) throw fileError(message("news.coverTooLarge", MAX_COVER_MB));
  const claimed = typeFromName(fileName);
  const actual = detectFileType(file.bytes);
  if ((claimed !== "png" && claimed !== "jpeg") || actual !== claimed) throw fileError(message("news.coverType"));
  const sha256 = createHash("sha256").update(file.bytes).digest("hex");
  const { attachment, previousKey } = await withStoredFiles(async (store) => {
    const storageKey = await store(file.bytes);
    return db.$transaction(async (tx) => {
      const item = await loadNewsFor(tx, actor, newsId);
      const created = await tx.attachment.create({
        data: { fileName, mimeType: MIME_TYPES[actual], size: file.bytes.byteLength, sha256, storageKey, uploadedById: actor.id },
        select: { id: true },
      });
      await tx.newsItem.update({
        where: { id: item.id },
        data: { coverAttachmentId: created.id, version: { increment: 1 } },
      });
      const previous = item.coverAttachmentId
        ? await tx.attachment.findUnique({ where: { id: item.coverAttachmentId }, select: { id: true, storageKey: true } })
        : null;
      if (previous) await tx.attachment.delete({ where: { id: previous.id } });
      await recordAudit(tx, actor.id, "news.cover", ["NewsItem", item.id], {
        before: { coverAttachmentId: item.coverAttachmentId },
        after: { coverAttachmentId: created.id, fileName, sha256 },
      });
      return { attachment: created, previousKey: previous?.storageKey };
    });
  });
  // Only after the commit, and outside the clean-up above: the new cover is saved whatever happens here.
  if (previousKey) await deleteStoredFile(previousKey);
  return attachment;
}
