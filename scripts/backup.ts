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
import pg from "pg";
import { createBackup } from "../src/server/backup/create-backup";
import { backupSummary } from "../src/server/backup/manifest";
import { liveLockOwner, type LockOwner } from "../src/server/db/data-dir-lock";
import { openPglite, pgliteDataDir } from "../src/server/db/pglite";
import { pgliteRunner, pgRunner } from "../src/server/db/sql-runners";
import { env } from "../src/server/env";
import { vi } from "../src/messages/vi";

if (fs.existsSync(".env")) process.loadEnvFile(".env");

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
  const url = process.env.DATABASE_URL;
  if (url) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      return backupSummary(await createBackup({ db: pgRunner(client), source: "postgresql", storageDir, file }));
    } finally {
      await client.end();
    }
  }
  const owner = liveLockOwner(path.resolve(pgliteDataDir()));
  if (owner) return viaServer(owner, file);
  const pglite = await openPglite();
  try {
    return backupSummary(await createBackup({ db: pgliteRunner(pglite), source: "pglite", storageDir, file }));
  } finally {
    await pglite.close();
  }
}

const file = process.argv[2];
if (!file) {
  console.error(vi.ops.backupUsage);
  process.exit(2);
}
try {
  const summary = await backup(path.resolve(file));
  console.log(vi.ops.backupDone(file, summary.tables, summary.rows, summary.files));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
