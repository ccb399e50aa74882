import { getActor } from "@/server/auth/session";
import { isAppError } from "@/server/errors";
import { getNewsCover } from "@/server/news/get-news-cover";
import { vi } from "@/messages/vi";
import { recordKeys } from "@/server/http/route-params";

export const dynamic = "force-dynamic";

/** A news item's cover image: public while the item is published, else only to its editors. */
export async function GET(_request: Request, { params }: { params: Promise<{ attachmentId: string }> }) {
  try {
    const cover = await getNewsCover({ actor: await getActor(), attachmentId: (await recordKeys(params)).attachmentId });
    return new Response(new Uint8Array(cover.bytes), {
      headers: {
        "Content-Type": cover.mimeType,
        "Cache-Control": cover.published ? "public, max-age=300" : "private, no-store",
        "Content-Disposition": "inline",
      },
    });
  } catch (error) {
    if (isAppError(error)) return Response.json({ error: vi.errors.NOT_FOUND }, { status: 404 });
    throw error;
  }
}
