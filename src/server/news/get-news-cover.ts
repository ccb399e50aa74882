import "server-only";
import type { Actor } from "@/server/auth/actor";
import { can } from "@/server/auth/policy";
import { getDb } from "@/server/db/client";
import { AppError } from "@/server/errors";
import { readStoredFile } from "@/server/storage/file-storage";

/**
 * A news item's cover image: to anyone while the item is published; otherwise only
 * to those who manage the item (the editor's preview). Anything else is NOT_FOUND.
 */
export async function getNewsCover({ actor, attachmentId }: { actor: Actor | null; attachmentId: string }) {
  const db = await getDb();
  const item = await db.newsItem.findFirst({
    where: { coverAttachmentId: attachmentId },
    select: { status: true, meeting: { select: { unit: { select: { path: true } } } } },
  });
  if (!item) throw new AppError("NOT_FOUND");
  const published = item.status === "PUBLISHED";
  const manager = !!actor && !!item.meeting && can(actor, "manage:news", { unitPath: item.meeting.unit.path });
  if (!published && !manager) throw new AppError("NOT_FOUND");
  const attachment = await db.attachment.findUnique({
    where: { id: attachmentId },
    select: { mimeType: true, storageKey: true },
  });
  if (!attachment || (attachment.mimeType !== "image/png" && attachment.mimeType !== "image/jpeg"))
    throw new AppError("NOT_FOUND");
  return { bytes: await readStoredFile(attachment.storageKey), mimeType: attachment.mimeType, published };
}
