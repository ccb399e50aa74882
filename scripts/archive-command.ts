/**
 * What `npm run backup` and `npm run restore` share: the archive named on the command line,
 * the configured database opened as a SQL runner and closed after, and the exit code.
 */
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import type { BackupManifest } from "../src/server/backup/manifest";
import type { SqlRunner } from "../src/server/db/migrate";
import { openPglite } from "../src/server/db/pglite";
import { pgliteRunner, pgRunner } from "../src/server/db/sql-runners";

/** Runs `work` on DATABASE_URL's PostgreSQL when set, else on the embedded PGlite folder. */
export async function withConfiguredDatabase<T>(
  work: (db: SqlRunner, source: BackupManifest["source"]) => Promise<T>,
): Promise<T> {
  const url = process.env.DATABASE_URL;
  if (url) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      return await work(pgRunner(client), "postgresql");
    } finally {
      await client.end();
    }
  }
  const pglite = await openPglite();
  try {
    return await work(pgliteRunner(pglite), "pglite");
  } finally {
    await pglite.close();
  }
}

/**
 * Reads .env, takes the archive path (or prints `usage` and exits 2), and prints what `run`
 * reports; `run` gets the absolute path and the one typed, which the message repeats.
 */
export async function runArchiveCommand(usage: string, run: (file: string, typed: string) => Promise<string>): Promise<void> {
  if (fs.existsSync(".env")) process.loadEnvFile(".env");
  const file = process.argv[2];
  if (!file) {
    console.error(usage);
    process.exit(2);
  }
  try {
    console.log(await run(path.resolve(file), file));
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}
