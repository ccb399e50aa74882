import "server-only";
import { createHash } from "node:crypto";
import { AppError } from "@/server/errors";
import { message, type MessageRef } from "@/messages/message-ref";
import { cleanText } from "@/lib/text";
import { detectFileType, MIME_TYPES, typeFromName } from "./detect-file-type";

export const MAX_ATTACHMENT_MB = 20;
export const MAX_ATTACHMENT_BYTES = MAX_ATTACHMENT_MB * 1024 * 1024;

const fileError = (refusal: MessageRef) => new AppError("INVALID_INPUT", refusal, { file: refusal });

/**
 * Checks an uploaded file the same way everywhere (reports, directive updates): a name,
 * a size limit, a type read from the content (magic bytes) that must agree with the
 * name's extension. Returns what an Attachment row records.
 */
export function checkUpload(file: { name: string; bytes: Uint8Array }) {
  const fileName = cleanText(file.name).replace(/[\\/]/g, "_").slice(0, 200);
  if (!fileName || file.bytes.byteLength === 0) throw fileError(message("reports.fileRequired"));
  if (file.bytes.byteLength > MAX_ATTACHMENT_BYTES) throw fileError(message("reports.fileTooLarge", MAX_ATTACHMENT_MB));
  const claimed = typeFromName(fileName);
  if (!claimed) throw fileError(message("reports.fileTypeNotAllowed"));
  const actual = detectFileType(file.bytes);
  if (actual !== claimed) throw fileError(message("reports.fileMismatch"));
  const sha256 = createHash("sha256").update(file.bytes).digest("hex");
  return { fileName, mimeType: MIME_TYPES[actual], size: file.bytes.byteLength, sha256 };
}
