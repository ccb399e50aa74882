import "server-only";
import { message, type MessageRef } from "@/messages/message-ref";
import { createHash } from "node:crypto";
import { AppError } from "@/server/errors";
import { detectFileType, MIME_TYPES, typeFromName, type AllowedFileType } from "@/server/storage/detect-file-type";
import { cleanText } from "@/lib/text";
import { partyDocuments } from "@/messages/vi/party-documents";

export const MAX_MEETING_ATTACHMENT_MB = 20;
export const MAX_MEETING_ATTACHMENT_BYTES = MAX_MEETING_ATTACHMENT_MB * 1024 * 1024;

const TYPE_WORDS: Record<AllowedFileType, string> = {
  pdf: "PDF",
  docx: "Word (DOCX)",
  xlsx: "Excel (XLSX)",
  png: "ảnh PNG",
  jpeg: "ảnh JPEG",
};

const refuse = (ref: MessageRef) => new AppError("INVALID_INPUT", ref, { file: ref });

/**
 * A meeting document as the store records it, after the checks a văn thư can act on: an empty
 * file, one above the limit, a type we do not take, and a name that says one type while the
 * content (magic bytes) is another each get their own message naming the file.
 */
export function checkMeetingUpload(file: { name: string; bytes: Uint8Array }) {
  const t = partyDocuments.attachments;
  const fileName = cleanText(file.name).replace(/[\\/]/g, "_").slice(0, 200);
  if (!fileName) throw refuse(message("partyDocuments.attachments.fileRequired"));
  if (file.bytes.byteLength === 0) throw refuse(message("partyDocuments.attachments.empty", fileName));
  if (file.bytes.byteLength > MAX_MEETING_ATTACHMENT_BYTES)
    throw refuse(
      message(
        "partyDocuments.attachments.tooLarge",
        fileName,
        (file.bytes.byteLength / 1024 / 1024).toLocaleString("vi-VN", { maximumFractionDigits: 1 }),
        MAX_MEETING_ATTACHMENT_MB,
      ),
    );
  const claimed = typeFromName(fileName);
  if (!claimed) throw refuse(message("partyDocuments.attachments.typeNotAllowed", fileName));
  const actual = detectFileType(file.bytes);
  if (actual !== claimed) {
    const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? "";
    throw refuse(
      message(
        "partyDocuments.attachments.mislabelled",
        fileName,
        `.${extension}`,
        actual ? t.contentIs(TYPE_WORDS[actual]) : t.contentUnknown,
      ),
    );
  }
  const sha256 = createHash("sha256").update(file.bytes).digest("hex");
  return { fileName, type: actual, mimeType: MIME_TYPES[actual], size: file.bytes.byteLength, sha256 };
}
