import { getActor } from "@/server/auth/session";
import { isAppError } from "@/server/errors";
import { getNoticeFile } from "@/server/notices/get-notice-file";
import { vi } from "@/messages/vi";

export const dynamic = "force-dynamic";

/** Downloads a conclusion notice as PDF or DOCX for those who may read it. */
export async function GET(_request: Request, { params }: { params: Promise<{ noticeId: string; format: string }> }) {
  const actor = await getActor();
  if (!actor) return Response.json({ error: vi.errors.UNAUTHENTICATED }, { status: 401 });
  const { noticeId, format } = await params;
  if (format !== "pdf" && format !== "docx") return Response.json({ error: vi.errors.NOT_FOUND }, { status: 404 });
  try {
    const file = await getNoticeFile({ actor, noticeId, format });
    return new Response(new Uint8Array(file.bytes), {
      headers: {
        "Content-Type": file.mimeType,
        "Content-Disposition": `attachment; filename="${file.fileName}"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    if (isAppError(error)) return Response.json({ error: error.message }, { status: error.httpStatus });
    throw error;
  }
}
