import { getDirectiveAttachmentFile } from "@/server/directives/get-directive";
import { fileResponse } from "@/server/http/file-response";
import { signedInRoute } from "@/server/http/signed-in-route";
import { recordKeys } from "@/server/http/route-params";

/** Downloads a progress update's attachment for those who may read the directive; 403/404 to others. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; attachmentId: string }> }) {
  const { id, attachmentId } = await recordKeys(params);
  return signedInRoute(async (actor) => fileResponse(await getDirectiveAttachmentFile({ actor, directiveId: id, attachmentId })));
}
