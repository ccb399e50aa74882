import { getMeetingDossier } from "@/server/dossier/get-meeting-dossier";
import { fileResponse } from "@/server/http/file-response";
import { recordKeys } from "@/server/http/route-params";
import { signedInRoute } from "@/server/http/signed-in-route";

export const dynamic = "force-dynamic";

/** The meeting's dossier (cover, contents, every document, numbered throughout) for those who may read the meeting. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await recordKeys(params);
  return signedInRoute(async (actor) => fileResponse(await getMeetingDossier({ actor, meetingId: id }), "inline"));
}
