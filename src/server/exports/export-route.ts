import "server-only";
import type { Actor } from "@/server/auth/actor";
import { getActor } from "@/server/auth/session";
import { isAppError } from "@/server/errors";
import { slugify } from "@/lib/text";
import { vi } from "@/messages/vi";
import { parseExportFormat, tableResponse, type ExportTable } from "./tabular-export";

/**
 * The body of every export route handler: signed in (401), `?format=xlsx|csv` (404
 * otherwise), the use case builds the table from the same filters as its page and
 * authorizes; AppErrors become their HTTP status.
 */
export async function handleExport<Row>(
  request: Request,
  build: (actor: Actor, params: URLSearchParams) => Promise<{ table: ExportTable<Row>; fileStem?: string }>,
): Promise<Response> {
  const actor = await getActor();
  if (!actor) return Response.json({ error: vi.errors.UNAUTHENTICATED }, { status: 401 });
  const params = new URL(request.url).searchParams;
  const format = parseExportFormat(params.get("format"));
  if (!format) return Response.json({ error: vi.errors.NOT_FOUND }, { status: 404 });
  try {
    const { table, fileStem } = await build(actor, params);
    return await tableResponse(table, format, slugify(fileStem ?? table.title) || "export");
  } catch (error) {
    if (isAppError(error)) return Response.json({ error: error.message }, { status: error.httpStatus });
    throw error;
  }
}
