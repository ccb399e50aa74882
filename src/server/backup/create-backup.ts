import "server-only";
import { once } from "node:events";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import * as tar from "tar";
import type { SqlRunner } from "@/server/db/migrate";
import { BACKUP_FORMAT, MANIFEST_FILE, RowsDigest, sha256File, type BackupManifest } from "./manifest";
import { describeStorageFiles, listStorageFiles } from "./storage-files";
import { appliedMigrations, forEachRow, inSnapshot, listTables } from "./tables";

/**
 * Writes one archive (tar.gz) holding the database as JSON lines per table, the stored
 * files and a manifest (schema version, row counts, checksums). The rows come from one
 * snapshot, so the portal may keep running; the files are write-once, listed after it.
 * The archive appears under its name only once complete.
 */
export async function createBackup({
  db,
  source,
  storageDir,
  file,
}: {
  db: SqlRunner;
  source: BackupManifest["source"];
  storageDir: string;
  file: string;
}): Promise<BackupManifest> {
  const staging = await fs.promises.mkdtemp(path.join(os.tmpdir(), "giaoban-backup-"));
  const partial = `${file}.partial`;
  try {
    await fs.promises.mkdir(path.join(staging, "db"));
    const { migrations, tables } = await inSnapshot(db, async (tx) => {
      const migrations = await appliedMigrations(tx);
      const tables: BackupManifest["tables"] = [];
      for (const [index, table] of (await listTables(tx)).entries()) {
        const relative = `db/${String(index + 1).padStart(3, "0")}-${table.name}.jsonl`;
        const out = fs.createWriteStream(path.join(staging, relative));
        const digest = new RowsDigest();
        await forEachRow(tx, table, async (line) => {
          digest.add(line);
          if (!out.write(`${line}\n`)) await once(out, "drain");
        });
        out.end();
        await once(out, "finish");
        tables.push({
          name: table.name,
          columns: table.columns,
          file: relative,
          rows: digest.rows,
          sha256: await sha256File(path.join(staging, relative)),
          rowsDigest: digest.hex(),
        });
      }
      return { migrations, tables };
    });
    const storedFiles = await listStorageFiles(storageDir);
    const manifest: BackupManifest = {
      format: BACKUP_FORMAT,
      version: 1,
      createdAt: new Date().toISOString(),
      source,
      migrations,
      schemaVersion: migrations.at(-1) ?? null,
      tables,
      files: await describeStorageFiles(storageDir, storedFiles),
    };
    await fs.promises.writeFile(path.join(staging, MANIFEST_FILE), JSON.stringify(manifest, null, 2));
    // The stored files enter the archive through a link, so they are not copied to disk first.
    await fs.promises.symlink(path.resolve(storageDir), path.join(staging, "storage"), "dir");
    await tar.c({ gzip: true, file: partial, cwd: staging, portable: true }, [
      MANIFEST_FILE,
      ...tables.map((table) => table.file),
      ...storedFiles.map((stored) => `storage/${stored}`),
    ]);
    await fs.promises.rename(partial, file);
    return manifest;
  } finally {
    await fs.promises.rm(partial, { force: true });
    await fs.promises.rm(staging, { recursive: true, force: true });
  }
}
