import { getMeetingAttachmentFile } from "@/server/attachments/get-meeting-attachment-file";
import { fileResponse } from "@/server/http/file-response";
import { recordKeys } from "@/server/http/route-params";
import { signedInRoute } from "@/server/http/signed-in-route";

export const dynamic = "force-dynamic";

/** A meeting's document, for whoever may read the meeting. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; attachmentId: string }> }) {
  const { id, attachmentId } = await recordKeys(params);
  return signedInRoute(async (actor) => fileResponse(await getMeetingAttachmentFile({ actor, meetingId: id, attachmentId })));
}
