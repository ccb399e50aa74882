import { fileResponse } from "@/server/http/file-response";
import { signedInRoute } from "@/server/http/signed-in-route";
import { getMinutesDocx } from "@/server/meetings/get-minutes-pdf";
import { recordKeys } from "@/server/http/route-params";

export const dynamic = "force-dynamic";

/** The meeting's minutes as an editable Word document, for those who may read the meeting. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await recordKeys(params);
  return signedInRoute(async (actor) => fileResponse(await getMinutesDocx({ actor, meetingId: id }), "attachment"));
}
