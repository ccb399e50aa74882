import { dossierStatus } from "@/server/dossier/start-meeting-dossier";
import { recordKeys } from "@/server/http/route-params";
import { signedInRoute } from "@/server/http/signed-in-route";

export const dynamic = "force-dynamic";

/** The progress of the meeting's dossier build, polled by the meeting page. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await recordKeys(params);
  return signedInRoute(async (actor) => Response.json(await dossierStatus({ actor, meetingId: id })));
}
