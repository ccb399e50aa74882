/**
 * npm run restore -- FILE.tar.gz
 * Restores an archive of `npm run backup` into an empty database (PGlite or DATABASE_URL)
 * and an empty STORAGE_DIR, then checks both against the archive's manifest. The portal
 * must be stopped: on the embedded database the lock refuses otherwise.
 */
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { backupSummary } from "../src/server/backup/manifest";
import { restoreBackup } from "../src/server/backup/restore-backup";
import { openPglite } from "../src/server/db/pglite";
import { pgliteRunner, pgRunner } from "../src/server/db/sql-runners";
import { env } from "../src/server/env";
import { vi } from "../src/messages/vi";

if (fs.existsSync(".env")) process.loadEnvFile(".env");

async function restore(file: string) {
  const storageDir = env().STORAGE_DIR;
  const url = process.env.DATABASE_URL;
  if (url) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      return await restoreBackup({ db: pgRunner(client), storageDir, file });
    } finally {
      await client.end();
    }
  }
  const pglite = await openPglite();
  try {
    return await restoreBackup({ db: pgliteRunner(pglite), storageDir, file });
  } finally {
    await pglite.close();
  }
}

const file = process.argv[2];
if (!file) {
  console.error(vi.ops.restoreUsage);
  process.exit(2);
}
try {
  const summary = backupSummary(await restore(path.resolve(file)));
  console.log(vi.ops.restoreDone(summary.tables, summary.rows, summary.files));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
