import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import * as tar from "tar";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBackup } from "@/server/backup/create-backup";
import { RestoreError, restoreBackup } from "@/server/backup/restore-backup";
import { listStorageFiles } from "@/server/backup/storage-files";
import { forEachRow, inSnapshot, listTables } from "@/server/backup/tables";
import { applyMigrations, type SqlRunner } from "@/server/db/migrate";
import { vi } from "@/messages/vi";
import { seedDemoData } from "../../prisma/demo-data";
import { createEmptyDatabase, testDbKind, type EmptyDatabase, type TestDbKind } from "../setup/test-db";

/**
 * CI round trip (issue 12): seed, back up, restore into a fresh database and storage,
 * compare table by table and file by file; across PGlite and PostgreSQL both ways when
 * TEST_DATABASE_URL names a server.
 */
const KINDS: TestDbKind[] = testDbKind() === "postgres" ? ["pglite", "postgres"] : ["pglite"];

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "giaoban-backup-test-"));
const opened: EmptyDatabase[] = [];

async function emptyDatabase(kind: TestDbKind) {
  const database = await createEmptyDatabase(kind);
  opened.push(database);
  return database;
}

/** Row count and a SHA-256 of the sorted rows of every table, read independently of the manifest. */
async function tableFingerprints(db: SqlRunner) {
  return inSnapshot(db, async (tx) => {
    const out: Record<string, { rows: number; sha256: string }> = {};
    for (const table of await listTables(tx)) {
      const lines: string[] = [];
      await forEachRow(tx, table, (line) => {
        lines.push(line);
      });
      const [{ count }] = await tx.query<{ count: string }>(`SELECT count(*)::text AS count FROM "${table.name}"`);
      expect(lines.length).toBe(Number(count));
      out[table.name] = { rows: lines.length, sha256: createHash("sha256").update(lines.sort().join("\n")).digest("hex") };
    }
    return out;
  });
}

/** The derived tallies (not archived): a restore rebuilds them from the rows it loads. */
async function talliesOf(db: SqlRunner) {
  const out: Record<string, unknown[]> = {};
  for (const table of ["ReportTally", "DirectiveTally", "DirectiveOrganizationTally"]) {
    out[table] = await db.query(`SELECT * FROM "${table}" WHERE count <> 0 ORDER BY 1, 2, 3, 4, 5`);
  }
  return out;
}

function fileFingerprints(dir: string) {
  return Object.fromEntries(
    fs
      .readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const file = path.join(entry.parentPath, entry.name);
        return [path.relative(dir, file), createHash("sha256").update(fs.readFileSync(file)).digest("hex")];
      }),
  );
}

const sources = new Map<TestDbKind, { db: SqlRunner; storageDir: string; archive: string }>();

beforeAll(async () => {
  for (const kind of KINDS) {
    const database = await emptyDatabase(kind);
    await applyMigrations(database.runner);
    const prisma = database.connect();
    await prisma.$transaction((tx) => seedDemoData(tx, "giaoban-demo"), { timeout: 300_000, maxWait: 60_000 });
    const storageDir = path.join(scratch, `storage-${kind}`);
    const files: [string, Buffer][] = [
      ["0a/0a1b2c3d4e5f60718293a4b5c6d7e8f9", Buffer.from("%PDF-1.7 thông báo kết luận")],
      ["ff/ff00112233445566778899aabbccddee", Buffer.from(Array.from({ length: 70_000 }, (_, index) => index % 256))],
    ];
    for (const [relative, bytes] of files) {
      fs.mkdirSync(path.dirname(path.join(storageDir, relative)), { recursive: true });
      fs.writeFileSync(path.join(storageDir, relative), bytes);
    }
    const archive = path.join(scratch, `backup-${kind}.tar.gz`);
    await createBackup({ db: database.runner, source: kind === "postgres" ? "postgresql" : "pglite", storageDir, file: archive });
    sources.set(kind, { db: database.runner, storageDir, archive });
  }
});

afterAll(async () => {
  await Promise.all(opened.map((database) => database.close()));
  fs.rmSync(scratch, { recursive: true, force: true });
});

describe("backup and restore", () => {
  for (const from of KINDS) {
    for (const to of KINDS) {
      it(`round-trips a seeded ${from} database and its files into a fresh ${to} database`, async () => {
        const source = sources.get(from)!;
        const target = await emptyDatabase(to);
        const storageDir = path.join(scratch, `restored-${from}-${to}`);
        const manifest = await restoreBackup({ db: target.runner, storageDir, file: source.archive });

        const before = await tableFingerprints(source.db);
        const after = await tableFingerprints(target.runner);
        expect(Object.keys(before).length).toBeGreaterThan(20);
        expect(before.Unit.rows).toBeGreaterThan(0);
        expect(before.Meeting.rows).toBeGreaterThan(0);
        for (const [table, fingerprint] of Object.entries(before)) expect(after[table], table).toEqual(fingerprint);
        expect(fileFingerprints(storageDir)).toEqual(fileFingerprints(source.storageDir));
        const tallies = await talliesOf(source.db);
        expect(tallies.DirectiveTally.length).toBeGreaterThan(0);
        expect(await talliesOf(target.runner)).toEqual(tallies);
        expect(manifest.files).toHaveLength(2);
        expect(manifest.schemaVersion).toBe(manifest.migrations.at(-1));

        // The restored database takes writes: generated columns and sequences work again.
        const prisma = target.connect();
        const meeting = await prisma.meeting.findFirstOrThrow({ select: { searchKey: true, searchText: true } });
        expect(meeting.searchKey.length).toBeGreaterThan(0);
      });
    }
  }

  it("refuses a database or a storage folder that is not empty, and an archive of a newer schema", async () => {
    const source = sources.get(KINDS[0])!;
    const emptyStorage = path.join(scratch, "never-written");
    const notEmpty = await restoreBackup({ db: source.db, storageDir: emptyStorage, file: source.archive }).catch(
      (caught) => caught,
    );
    expect(notEmpty).toBeInstanceOf(RestoreError);
    expect(notEmpty.message).toMatch(/^Cơ sở dữ liệu đích không trống \(bảng "\w+" có dữ liệu\)/);

    const target = await emptyDatabase(KINDS[0]);
    await expect(restoreBackup({ db: target.runner, storageDir: source.storageDir, file: source.archive })).rejects.toThrow(
      vi.ops.restoreNotEmptyStorage(source.storageDir),
    );

    const unpacked = path.join(scratch, "newer");
    fs.mkdirSync(unpacked);
    await tar.x({ file: source.archive, cwd: unpacked });
    const manifest = JSON.parse(fs.readFileSync(path.join(unpacked, "manifest.json"), "utf8"));
    manifest.migrations.push("29991231000000_from_the_future");
    fs.writeFileSync(path.join(unpacked, "manifest.json"), JSON.stringify(manifest));
    const newer = path.join(scratch, "newer.tar.gz");
    await tar.c({ gzip: true, file: newer, cwd: unpacked }, fs.readdirSync(unpacked));
    const error = await restoreBackup({ db: target.runner, storageDir: emptyStorage, file: newer }).catch((caught) => caught);
    expect(error).toBeInstanceOf(RestoreError);
    expect(error.message).toBe(vi.ops.restoreNewerSchema("29991231000000_from_the_future"));
    // Nothing was written by the refusals.
    expect(await listTables(target.runner)).toEqual([]);
    expect(await listStorageFiles(emptyStorage)).toEqual([]);
  });

  it("refuses an archive whose table dump was altered", async () => {
    const source = sources.get(KINDS[0])!;
    const unpacked = path.join(scratch, "altered");
    fs.mkdirSync(unpacked);
    await tar.x({ file: source.archive, cwd: unpacked });
    const unitDump = fs.readdirSync(path.join(unpacked, "db")).find((name) => name.endsWith("-Unit.jsonl"))!;
    fs.appendFileSync(path.join(unpacked, "db", unitDump), "{}\n");
    const altered = path.join(scratch, "altered.tar.gz");
    await tar.c({ gzip: true, file: altered, cwd: unpacked }, fs.readdirSync(unpacked));
    const target = await emptyDatabase(KINDS[0]);
    await expect(
      restoreBackup({ db: target.runner, storageDir: path.join(scratch, "altered-storage"), file: altered }),
    ).rejects.toThrow(vi.ops.restoreInvalidArchive(`db/${unitDump}`));
  });
});
