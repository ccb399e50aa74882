import { fileResponse } from "@/server/http/file-response";
import { signedInRoute } from "@/server/http/signed-in-route";
import { getNoticeFile } from "@/server/notices/get-notice-file";
import { vi } from "@/messages/vi";
import { recordKeys } from "@/server/http/route-params";

export const dynamic = "force-dynamic";

/** Downloads a conclusion notice as PDF or DOCX for those who may read it. */
export async function GET(_request: Request, { params }: { params: Promise<{ noticeId: string; format: string }> }) {
  const { noticeId, format } = await recordKeys(params);
  return signedInRoute(async (actor) => {
    if (format !== "pdf" && format !== "docx") return Response.json({ error: vi.errors.NOT_FOUND }, { status: 404 });
    return fileResponse(await getNoticeFile({ actor, noticeId, format }));
  });
}
