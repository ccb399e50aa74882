import "server-only";

export interface DownloadableFile {
  bytes: Uint8Array;
  mimeType: string;
  fileName: string;
}

/** The file name in plain ASCII for clients that ignore `filename*` ("Báo cáo.pdf" → "Bao cao.pdf"). */
function asciiFileName(fileName: string): string {
  return fileName
    .normalize("NFD")
    .replace(/\p{Mn}/gu, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .replace(/[^\x20-\x7e]|["\\]/g, "_");
}

/**
 * A private file as an HTTP response: the Vietnamese file name kept (RFC 6266 `filename*`),
 * never cached by a shared cache, never content-sniffed.
 */
export function fileResponse(file: DownloadableFile, disposition: "attachment" | "inline" = "attachment"): Response {
  return new Response(new Uint8Array(file.bytes), {
    headers: {
      "Content-Type": file.mimeType,
      "Content-Length": String(file.bytes.byteLength),
      "Content-Disposition": `${disposition}; filename="${asciiFileName(file.fileName)}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
