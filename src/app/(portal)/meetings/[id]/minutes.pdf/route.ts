import { getActor } from "@/server/auth/session";
import { isAppError } from "@/server/errors";
import { getMinutesPdf } from "@/server/meetings/get-minutes-pdf";
import { vi } from "@/messages/vi";

export const dynamic = "force-dynamic";

/** The meeting's minutes ("Biên bản hội nghị") as a PDF, for those who may read the meeting. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const actor = await getActor();
  if (!actor) return Response.json({ error: vi.errors.UNAUTHENTICATED }, { status: 401 });
  try {
    const file = await getMinutesPdf({ actor, meetingId: (await params).id });
    return new Response(new Uint8Array(file.bytes), {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Disposition": `inline; filename="${file.fileName}"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    if (isAppError(error)) return Response.json({ error: error.message }, { status: error.httpStatus });
    throw error;
  }
}
