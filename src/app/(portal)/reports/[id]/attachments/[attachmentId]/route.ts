import { fileResponse } from "@/server/http/file-response";
import { signedInRoute } from "@/server/http/signed-in-route";
import { getAttachmentFile } from "@/server/reports/attachments";
import { recordKeys } from "@/server/http/route-params";

/** Downloads a report's attachment for those who may read the report; 404/403 to others. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; attachmentId: string }> }) {
  const { id, attachmentId } = await recordKeys(params);
  return signedInRoute(async (actor) => fileResponse(await getAttachmentFile({ actor, reportId: id, attachmentId })));
}
