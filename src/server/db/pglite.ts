import "server-only";
import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";

/** Folder of the embedded database; `memory://` keeps it in memory (tests). */
export function pgliteDataDir(): string {
  return process.env.PGLITE_DATA_DIR || path.join(process.cwd(), "data", "pglite");
}

export async function openPglite(dataDir = pgliteDataDir()): Promise<PGlite> {
  if (!dataDir.startsWith("memory://")) fs.mkdirSync(dataDir, { recursive: true });
  const db = new PGlite(dataDir, { extensions: { unaccent, pg_trgm } });
  await db.waitReady;
  return db;
}
