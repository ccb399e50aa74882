import "server-only";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import readline from "node:readline";
import * as tar from "tar";
import { applyMigrations, listMigrations, MIGRATIONS_DIR, type SqlRunner } from "@/server/db/migrate";
import { vi } from "@/messages/vi";
import { MANIFEST_FILE, ZBackupManifest, sha256File, RowsDigest, type BackupManifest } from "./manifest";
import { describeStorageFiles, listStorageFiles } from "./storage-files";
import { appliedMigrations, forEachRow, inSnapshot, listTables, quote, type TableInfo } from "./tables";

const INSERT_BATCH = 1_000;

export class RestoreError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "RestoreError";
  }
}

async function readManifest(dir: string): Promise<BackupManifest> {
  let raw: unknown;
  try {
    raw = JSON.parse(await fs.promises.readFile(path.join(dir, MANIFEST_FILE), "utf8"));
  } catch {
    throw new RestoreError(vi.ops.restoreInvalidArchive(MANIFEST_FILE));
  }
  const parsed = ZBackupManifest.safeParse(raw);
  if (!parsed.success) throw new RestoreError(vi.ops.restoreInvalidArchive(parsed.error.issues[0]?.message ?? ""));
  return parsed.data;
}

async function checkArchive(dir: string, manifest: BackupManifest) {
  for (const entry of [
    ...manifest.tables.map((table) => ({ file: table.file, sha256: table.sha256 })),
    ...manifest.files.map((stored) => ({ file: `storage/${stored.path}`, sha256: stored.sha256 })),
  ]) {
    const actual = await sha256File(path.join(dir, entry.file)).catch(() => null);
    if (actual !== entry.sha256) throw new RestoreError(vi.ops.restoreInvalidArchive(entry.file));
  }
}

async function checkTargetEmpty(db: SqlRunner, storageDir: string, manifest: BackupManifest, known: string[]) {
  const newer = manifest.migrations.filter((name) => !known.includes(name));
  if (newer.length) throw new RestoreError(vi.ops.restoreNewerSchema(newer.join(", ")));
  for (const table of await listTables(db)) {
    const [{ found }] = await db.query<{ found: boolean }>(`SELECT EXISTS (SELECT 1 FROM ${quote(table.name)}) AS found`);
    if (found) throw new RestoreError(vi.ops.restoreNotEmptyDatabase(table.name));
  }
  // Rows of an older schema load only into that schema: a target migrated further is not "empty".
  const ahead = (await appliedMigrations(db)).find((name) => !manifest.migrations.includes(name));
  if (ahead) throw new RestoreError(vi.ops.restoreNotEmptyDatabase(ahead));
  if ((await listStorageFiles(storageDir)).length) throw new RestoreError(vi.ops.restoreNotEmptyStorage(storageDir));
}

/** Applies the archive's migrations only, so its rows meet the schema they were dumped from. */
async function migrateTo(db: SqlRunner, names: string[], scratch: string) {
  const dir = path.join(scratch, "migrations");
  for (const name of names) {
    await fs.promises.cp(path.join(MIGRATIONS_DIR, name), path.join(dir, name), { recursive: true });
  }
  if (names.length) await applyMigrations(db, dir);
}

async function readLines(file: string): Promise<string[]> {
  const lines: string[] = [];
  for await (const line of readline.createInterface({ input: fs.createReadStream(file), crlfDelay: Infinity })) {
    if (line) lines.push(line);
  }
  return lines;
}

/** Rows of a table referring to itself, parents first, so each insert finds its parent. */
function parentsFirst(lines: string[], table: TableInfo): string[] {
  if (!table.selfReferences.length) return lines;
  const rows = lines.map((line) => ({ line, values: JSON.parse(line) as Record<string, unknown> }));
  const byKey = new Map<string, (typeof rows)[number]>();
  for (const reference of table.selfReferences) {
    for (const row of rows) byKey.set(`${reference.referenced}:${String(row.values[reference.referenced])}`, row);
  }
  const placed = new Set<(typeof rows)[number]>();
  const out: string[] = [];
  const place = (row: (typeof rows)[number], depth: number) => {
    if (placed.has(row) || depth > rows.length) return;
    for (const reference of table.selfReferences) {
      const parentKey = row.values[reference.column];
      const parent = parentKey == null ? undefined : byKey.get(`${reference.referenced}:${String(parentKey)}`);
      if (parent && parent !== row) place(parent, depth + 1);
    }
    placed.add(row);
    out.push(row.line);
  };
  for (const row of rows) place(row, 0);
  return out;
}

async function loadTable(db: SqlRunner, dir: string, entry: BackupManifest["tables"][number], table: TableInfo) {
  const missing = entry.columns.filter((column) => !table.columns.includes(column));
  if (missing.length) throw new RestoreError(vi.ops.restoreInvalidArchive(`${entry.name}.${missing.join(", ")}`));
  const columns = entry.columns.map(quote).join(", ");
  const lines = parentsFirst(await readLines(path.join(dir, entry.file)), table);
  for (let start = 0; start < lines.length; start += INSERT_BATCH) {
    // The database parses its own rendering back (json_populate_recordset): no value passes through JavaScript types.
    await db.query(
      `INSERT INTO ${quote(entry.name)} (${columns}) OVERRIDING SYSTEM VALUE
       SELECT ${columns} FROM json_populate_recordset(NULL::${quote(entry.name)}, $1::json)`,
      [`[${lines.slice(start, start + INSERT_BATCH).join(",")}]`],
    );
  }
}

/** Sequences behind serial and identity columns continue after the restored rows. */
async function resetSequences(db: SqlRunner) {
  const owned = await db.query<{ sequence: string; table: string; column: string }>(
    `SELECT s.oid::regclass::text AS sequence, t.relname AS "table", a.attname AS "column"
     FROM pg_class s JOIN pg_depend d ON d.objid = s.oid AND d.classid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')
     JOIN pg_class t ON t.oid = d.refobjid JOIN pg_namespace n ON n.oid = t.relnamespace
     JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = d.refobjsubid
     WHERE s.relkind = 'S' AND n.nspname = current_schema()`,
  );
  for (const { sequence, table, column } of owned) {
    await db.query(`SELECT setval($1::regclass, COALESCE((SELECT max(${quote(column)}) FROM ${quote(table)}), 0) + 1, false)`, [
      sequence,
    ]);
  }
}

async function verify(db: SqlRunner, storageDir: string, manifest: BackupManifest) {
  await inSnapshot(db, async (tx) => {
    const tables = new Map((await listTables(tx)).map((table) => [table.name, table]));
    for (const entry of manifest.tables) {
      const digest = new RowsDigest();
      // The archive's columns, in its order: the same rendering the dump was made of.
      await forEachRow(tx, { ...tables.get(entry.name)!, columns: entry.columns }, (line) => digest.add(line));
      if (digest.rows !== entry.rows || digest.hex() !== entry.rowsDigest) {
        throw new RestoreError(vi.ops.restoreMismatch(`${entry.name} (${digest.rows}/${entry.rows})`));
      }
    }
  });
  const restored = await describeStorageFiles(storageDir, await listStorageFiles(storageDir));
  if (JSON.stringify(restored) !== JSON.stringify(manifest.files)) throw new RestoreError(vi.ops.restoreMismatch(storageDir));
}

/**
 * Restores an archive of createBackup() into an empty database and an empty storage folder:
 * checks the archive against its manifest, applies the migrations it was made with, loads
 * the rows in one transaction, resets sequences, applies the newer migrations of this code,
 * copies the files, then reads everything back and compares it with the manifest.
 * A refusal, or a failure before the rows commit, leaves both targets empty.
 */
export async function restoreBackup({
  db,
  storageDir,
  file,
}: {
  db: SqlRunner;
  storageDir: string;
  file: string;
}): Promise<BackupManifest> {
  const scratch = await fs.promises.mkdtemp(path.join(os.tmpdir(), "giaoban-restore-"));
  try {
    const dir = path.join(scratch, "archive");
    await fs.promises.mkdir(dir);
    try {
      await tar.x({
        file,
        cwd: dir,
        strict: true,
        // Only plain files and folders: no links that could point outside the extraction folder.
        filter: (_path, entry) => "type" in entry && (entry.type === "File" || entry.type === "Directory"),
      });
    } catch (error) {
      throw new RestoreError(vi.ops.restoreInvalidArchive(error instanceof Error ? error.message : String(error)));
    }
    const manifest = await readManifest(dir);
    await checkArchive(dir, manifest);
    await checkTargetEmpty(
      db,
      storageDir,
      manifest,
      listMigrations().map((migration) => migration.name),
    );

    await migrateTo(db, manifest.migrations, scratch);
    const tables = new Map((await listTables(db)).map((table) => [table.name, table]));
    await db.transaction(async (tx) => {
      for (const entry of manifest.tables) {
        const table = tables.get(entry.name);
        if (!table) throw new RestoreError(vi.ops.restoreInvalidArchive(entry.name));
        await loadTable(tx, dir, entry, table);
      }
      await resetSequences(tx);
    });
    for (const stored of manifest.files) {
      const target = path.join(storageDir, stored.path);
      await fs.promises.mkdir(path.dirname(target), { recursive: true });
      await fs.promises.copyFile(path.join(dir, "storage", stored.path), target, fs.constants.COPYFILE_EXCL);
    }
    await verify(db, storageDir, manifest);
    await applyMigrations(db);
    return manifest;
  } finally {
    await fs.promises.rm(scratch, { recursive: true, force: true });
  }
}
