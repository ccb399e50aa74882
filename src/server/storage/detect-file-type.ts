import "server-only";

export type AllowedFileType = "pdf" | "docx" | "xlsx" | "png" | "jpeg";

export const MIME_TYPES: Record<AllowedFileType, string> = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  png: "image/png",
  jpeg: "image/jpeg",
};

const EXTENSIONS: Record<string, AllowedFileType> = {
  pdf: "pdf",
  docx: "docx",
  xlsx: "xlsx",
  png: "png",
  jpg: "jpeg",
  jpeg: "jpeg",
};

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((byte, index) => bytes[index] === byte);
}

/**
 * The type a file's content shows, from its first bytes (never from its name):
 * PDF "%PDF-", PNG, JPEG, and for ZIP containers ("PK\x03\x04") the Office Open XML
 * part names listed in the archive ("[Content_Types].xml" with "word/" or "xl/").
 */
export function detectFileType(bytes: Uint8Array): AllowedFileType | null {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return "pdf";
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "png";
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "jpeg";
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    // File names in a ZIP's local headers and central directory are stored uncompressed.
    const names = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
    if (!names.includes("[Content_Types].xml")) return null;
    if (names.includes("word/document.xml")) return "docx";
    if (names.includes("xl/workbook.xml")) return "xlsx";
  }
  return null;
}

/** The type a file name claims by its extension, if it is one we accept. */
export function typeFromName(fileName: string): AllowedFileType | null {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  return extension ? (EXTENSIONS[extension] ?? null) : null;
}
