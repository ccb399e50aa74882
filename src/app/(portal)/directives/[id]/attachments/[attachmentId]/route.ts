import { getActor } from "@/server/auth/session";
import { getDirectiveAttachmentFile } from "@/server/directives/get-directive";
import { isAppError } from "@/server/errors";
import { vi } from "@/messages/vi";

/** Downloads a progress update's attachment for those who may read the directive; 403/404 to others. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; attachmentId: string }> }) {
  const { id, attachmentId } = await params;
  const actor = await getActor();
  if (!actor) return new Response(vi.errors.UNAUTHENTICATED, { status: 401 });
  try {
    const file = await getDirectiveAttachmentFile({ actor, directiveId: id, attachmentId });
    return new Response(new Uint8Array(file.bytes), {
      headers: {
        "Content-Type": file.mimeType,
        "Content-Length": String(file.bytes.byteLength),
        "Content-Disposition": `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    if (isAppError(error)) return new Response(error.message, { status: error.httpStatus });
    throw error;
  }
}
