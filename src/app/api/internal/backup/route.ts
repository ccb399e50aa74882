import { Readable } from "node:stream";
import { backupInServer, mayRequestBackup } from "@/server/backup/backup-in-server";
import { backupSummary } from "@/server/backup/manifest";
import { vi } from "@/messages/vi";

export const dynamic = "force-dynamic";

/** `npm run backup` on the embedded database asks the running server, which holds it. */
export async function POST(request: Request) {
  if (!mayRequestBackup(new URL(request.url), request.headers.get("authorization"))) {
    return Response.json({ error: vi.ops.backupForbidden }, { status: 403 });
  }
  const { handle, manifest } = await backupInServer();
  return new Response(Readable.toWeb(handle.createReadStream()) as ReadableStream, {
    headers: {
      "content-type": "application/gzip",
      "x-backup-summary": JSON.stringify(backupSummary(manifest)),
    },
  });
}
