/**
 * npm run backup -- FILE.tar.gz
 * One archive of the database (PGlite or PostgreSQL), the stored files and a manifest.
 * On PostgreSQL it connects itself; on the embedded database the running server holds the
 * folder, so the server makes the archive (/api/internal/backup); with no server running it
 * opens the folder itself.
 */
import fs from "node:fs";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createBackup } from "../src/server/backup/create-backup";
import { backupSummary } from "../src/server/backup/manifest";
import { liveLockOwner, type LockOwner } from "../src/server/db/data-dir-lock";
import { pgliteDataDir } from "../src/server/db/pglite";
import { env } from "../src/server/env";
import { vi } from "@/messages/vi";
import { runArchiveCommand, withConfiguredDatabase } from "./archive-command";

async function viaServer(owner: LockOwner, file: string) {
  console.log(vi.ops.backupViaServer(owner.pid));
  const url = `http://127.0.0.1:${owner.port ?? process.env.PORT ?? "3000"}/api/internal/backup`;
  let response: Response;
  try {
    response = await fetch(url, { method: "POST", headers: { authorization: `Bearer ${owner.token}` } });
  } catch {
    throw new Error(vi.ops.backupServerUnreachable(url));
  }
  if (!response.ok || !response.body) {
    throw new Error(vi.ops.backupServerFailed(response.status, await response.text()));
  }
  const partial = `${file}.partial`;
  await pipeline(Readable.fromWeb(response.body as import("node:stream/web").ReadableStream), fs.createWriteStream(partial));
  fs.renameSync(partial, file);
  return JSON.parse(response.headers.get("x-backup-summary") ?? "{}") as ReturnType<typeof backupSummary>;
}

async function backup(file: string) {
  const storageDir = env().STORAGE_DIR;
  if (!process.env.DATABASE_URL) {
    const owner = liveLockOwner(path.resolve(pgliteDataDir()));
    if (owner) return viaServer(owner, file);
  }
  return withConfiguredDatabase(async (db, source) => backupSummary(await createBackup({ db, source, storageDir, file })));
}

await runArchiveCommand(vi.ops.backupUsage, async (file, typed) => {
  const summary = await backup(file);
  return vi.ops.backupDone(typed, summary.tables, summary.rows, summary.files);
});
