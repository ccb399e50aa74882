import "server-only";
import type { Actor } from "@/server/auth/actor";
import { getActor } from "@/server/auth/session";
import { toAppError } from "@/server/errors";
import { errorText } from "./error-text";
import { vi } from "@/messages/vi";

/**
 * The body of a route handler for signed-in users (downloads, exports): 401 when signed out,
 * the handler's AppErrors as their HTTP status with the Vietnamese message, anything else a 500.
 */
export async function signedInRoute(handle: (actor: Actor) => Promise<Response>): Promise<Response> {
  const actor = await getActor();
  if (!actor) return Response.json({ error: vi.errors.UNAUTHENTICATED }, { status: 401 });
  try {
    return await handle(actor);
  } catch (error) {
    const appError = toAppError(error);
    if (appError) return Response.json({ error: errorText(appError).message }, { status: appError.httpStatus });
    throw error;
  }
}
