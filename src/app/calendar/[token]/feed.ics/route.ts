import { getCalendarFeed } from "@/server/calendar/get-calendar-feed";
import { isAppError } from "@/server/errors";

export const dynamic = "force-dynamic";

const TOKEN = /^[A-Za-z0-9_-]{32}$/;

/**
 * A personal calendar feed at a secret, revocable address (no session: calendar applications
 * fetch it on their own). An unknown or revoked address answers 404.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  if (!TOKEN.test(token)) return new Response("Not found", { status: 404 });
  try {
    const text = await getCalendarFeed({ token });
    return new Response(text, {
      headers: { "Content-Type": "text/calendar; charset=utf-8", "Cache-Control": "private, no-store" },
    });
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") return new Response("Not found", { status: 404 });
    throw error;
  }
}
