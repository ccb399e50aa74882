import "server-only";
import { randomBytes, timingSafeEqual } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { embeddedPglite } from "@/server/db/client";
import { liveLockOwner } from "@/server/db/data-dir-lock";
import { pgliteDataDir } from "@/server/db/pglite";
import { pgliteRunner } from "@/server/db/sql-runners";
import { env } from "@/server/env";
import { createBackup } from "./create-backup";

const LOOPBACK = new Set(["127.0.0.1", "localhost", "[::1]"]);

/**
 * Whether a request may ask this server for a backup: only on the embedded database (on
 * PostgreSQL the command connects itself), only addressed to the loopback interface, and
 * only with the token of this server's lock file, which only the account running the
 * server can read (mode 600). The token changes at every start.
 */
export function mayRequestBackup(url: URL, authorization: string | null): boolean {
  if (process.env.DATABASE_URL || !LOOPBACK.has(url.hostname)) return false;
  const owner = liveLockOwner(path.resolve(pgliteDataDir()));
  if (!owner || owner.pid !== process.pid || !authorization) return false;
  const expected = Buffer.from(`Bearer ${owner.token}`);
  const given = Buffer.from(authorization);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * A backup made by the server that holds the embedded database, on its own connection
 * (the rows are read in one transaction, which the other requests wait for). Returns an
 * open file of the archive, already unlinked, so nothing is left behind once it is read.
 */
export async function backupInServer() {
  const pglite = await embeddedPglite();
  if (!pglite) throw new Error("backupInServer needs the embedded database");
  const file = path.join(os.tmpdir(), `giaoban-backup-${randomBytes(8).toString("hex")}.tar.gz`);
  const manifest = await createBackup({ db: pgliteRunner(pglite), source: "pglite", storageDir: env().STORAGE_DIR, file });
  const handle = await fs.promises.open(file);
  await fs.promises.rm(file);
  return { handle, manifest };
}
