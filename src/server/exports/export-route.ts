import "server-only";
import type { Actor } from "@/server/auth/actor";
import { fileResponse } from "@/server/http/file-response";
import { signedInRoute } from "@/server/http/signed-in-route";
import { slugify } from "@/lib/text";
import { vi } from "@/messages/vi";
import { EXPORT_MIME, parseExportFormat, renderTable, type ExportTable } from "./tabular-export";

/**
 * The body of every export route handler: signed in (401), `?format=xlsx|csv` (404
 * otherwise), the use case builds the table from the same filters as its page and
 * authorizes; AppErrors become their HTTP status.
 */
export function handleExport<Row>(
  request: Request,
  build: (actor: Actor, params: URLSearchParams) => Promise<{ table: ExportTable<Row>; fileStem?: string }>,
): Promise<Response> {
  return signedInRoute(async (actor) => {
    const params = new URL(request.url).searchParams;
    const format = parseExportFormat(params.get("format"));
    if (!format) return Response.json({ error: vi.errors.NOT_FOUND }, { status: 404 });
    const { table, fileStem } = await build(actor, params);
    const fileName = `${slugify(fileStem ?? table.title) || "export"}.${format}`;
    return fileResponse({ bytes: await renderTable(table, format), mimeType: EXPORT_MIME[format], fileName });
  });
}
