import { getMeetingIcs } from "@/server/calendar/get-meeting-ics";
import { fileResponse } from "@/server/http/file-response";
import { recordKeys } from "@/server/http/route-params";
import { signedInRoute } from "@/server/http/signed-in-route";

export const dynamic = "force-dynamic";

/** The meeting as an .ics file for a calendar application. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await recordKeys(params);
  return signedInRoute(async (actor) => fileResponse(await getMeetingIcs({ actor, meetingId: id })));
}
