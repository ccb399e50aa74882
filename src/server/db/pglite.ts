import "server-only";
import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import { acquireDataDirLock, releaseDataDirLock } from "./data-dir-lock";

/** Folder of the embedded database; `memory://` keeps it in memory (tests). */
export function pgliteDataDir(): string {
  return process.env.PGLITE_DATA_DIR || path.join(process.cwd(), "data", "pglite");
}

/**
 * Opens the embedded database. A folder is held by one process only: PGlite itself lets a
 * second process open it without error and then loses that process's writes, so the folder
 * is locked first and a second opener is refused (DataDirLockedError) before touching it.
 */
export async function openPglite(dataDir = pgliteDataDir()): Promise<PGlite> {
  if (dataDir.startsWith("memory://")) {
    const db = new PGlite(dataDir, { extensions: { unaccent, pg_trgm } });
    await db.waitReady;
    return db;
  }
  fs.mkdirSync(path.dirname(path.resolve(dataDir)), { recursive: true });
  const lockFile = acquireDataDirLock(path.resolve(dataDir));
  try {
    fs.mkdirSync(dataDir, { recursive: true });
    const db = new PGlite(dataDir, { extensions: { unaccent, pg_trgm } });
    await db.waitReady;
    const close = db.close.bind(db);
    db.close = async () => {
      try {
        await close();
      } finally {
        releaseDataDirLock(lockFile);
      }
    };
    return db;
  } catch (error) {
    releaseDataDirLock(lockFile);
    throw error;
  }
}
