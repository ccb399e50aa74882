import "server-only";
import { createHash } from "node:crypto";
import fs from "node:fs";
import { z } from "zod";

export const BACKUP_FORMAT = "giaoban-backup";
export const MANIFEST_FILE = "manifest.json";

const sha256Hex = z.string().regex(/^[a-f0-9]{64}$/);
const safeRelativePath = z
  .string()
  .min(1)
  .refine((value) => !value.startsWith("/") && !value.split("/").includes(".."), "unsafe path");

export const ZBackupManifest = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(1),
  createdAt: z.string(),
  source: z.enum(["pglite", "postgresql"]),
  /** Applied migrations, oldest first; the last one is the schema version. */
  migrations: z.array(z.string().min(1)),
  schemaVersion: z.string().nullable(),
  /** In load order: a table comes after every table it references. */
  tables: z.array(
    z.object({
      name: z.string().min(1),
      columns: z.array(z.string().min(1)).min(1),
      file: safeRelativePath,
      rows: z.number().int().min(0),
      /** Of the dump file, to check the archive before restoring it. */
      sha256: sha256Hex,
      /** Of the rows whatever their order, to check the database after restoring it. */
      rowsDigest: sha256Hex,
    }),
  ),
  files: z.array(z.object({ path: safeRelativePath, size: z.number().int().min(0), sha256: sha256Hex })),
});

export type BackupManifest = z.infer<typeof ZBackupManifest>;

export function sha256File(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash("sha256");
    fs.createReadStream(file)
      .on("data", (chunk) => hash.update(chunk))
      .on("error", reject)
      .on("end", () => resolve(hash.digest("hex")));
  });
}

const MODULUS = 1n << 256n;

/**
 * A digest of a set of rows that does not depend on their order (the sum of their SHA-256
 * modulo 2^256): PostgreSQL and PGlite may sort text keys by different collations, and the
 * restored table must compare equal to the dumped one all the same.
 */
export class RowsDigest {
  private sum = 0n;
  rows = 0;

  add(line: string): void {
    this.sum = (this.sum + BigInt(`0x${createHash("sha256").update(line).digest("hex")}`)) % MODULUS;
    this.rows += 1;
  }

  hex(): string {
    return this.sum.toString(16).padStart(64, "0");
  }
}

export function backupSummary(manifest: BackupManifest) {
  return {
    tables: manifest.tables.length,
    rows: manifest.tables.reduce((sum, table) => sum + table.rows, 0),
    files: manifest.files.length,
  };
}
