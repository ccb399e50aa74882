import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { applyMigrations, listMigrations, MigrationError, type SqlRunner } from "@/server/db/migrate";
import { pgRunner } from "@/server/db/sql-runners";
import { createEmptyDatabase, testDbKind, type EmptyDatabase } from "../setup/test-db";

const LOCK_KEY = 72707369;

let database: EmptyDatabase;
let dir: string;
const extraClients: pg.Client[] = [];

beforeAll(async () => {
  database = await createEmptyDatabase();
});

afterAll(async () => {
  await database?.close();
});

// One database per file (opening PGlite is slow); each test starts from an empty schema.
beforeEach(async () => {
  await database.runner.exec(`DROP SCHEMA public CASCADE; CREATE SCHEMA public;`);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "giaoban-migrations-"));
});

afterEach(async () => {
  await Promise.all(extraClients.splice(0).map((client) => client.end()));
  fs.rmSync(dir, { recursive: true, force: true });
});

function writeMigration(name: string, sql: string): void {
  fs.mkdirSync(path.join(dir, name), { recursive: true });
  fs.writeFileSync(path.join(dir, name, "migration.sql"), sql);
}

async function rows(): Promise<{ migration_name: string; finished: boolean; logs: string | null }[]> {
  return database.runner.query(
    `SELECT migration_name, finished_at IS NOT NULL AS finished, logs FROM "_prisma_migrations" ORDER BY started_at`,
  );
}

async function advisoryLocksHeld(): Promise<number> {
  const [{ count }] = await database.runner.query<{ count: number }>(
    `SELECT count(*)::int AS count FROM pg_locks
     WHERE locktype = 'advisory' AND objid = ${LOCK_KEY}
       AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`,
  );
  return Number(count);
}

/** Another connection to the same PostgreSQL database (what a second server process has). */
async function anotherConnection(): Promise<{ client: pg.Client; runner: SqlRunner }> {
  const [{ name }] = await database.runner.query<{ name: string }>(`SELECT current_database() AS name`);
  const url = new URL(process.env.TEST_DATABASE_URL!);
  url.pathname = `/${name}`;
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  extraClients.push(client);
  return { client, runner: pgRunner(client) };
}

async function indexes(): Promise<{ name: string; valid: boolean }[]> {
  return database.runner.query(
    `SELECT c.relname AS name, i.indisvalid AS valid FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
     WHERE i.indrelid = 'item'::regclass ORDER BY c.relname`,
  );
}

describe("migrations: the runner checks what was applied", () => {
  beforeEach(() => {
    writeMigration("001_item", `CREATE TABLE item (id int PRIMARY KEY, a int, b text);`);
    writeMigration("002_item_note", `ALTER TABLE item ADD COLUMN note text;`);
  });

  it("stops when an applied migration was edited, naming it and what to do, and applies nothing more", async () => {
    await applyMigrations(database.runner, dir);
    fs.appendFileSync(path.join(dir, "001_item", "migration.sql"), "\nCREATE INDEX item_a ON item (a);\n");
    writeMigration("003_later", `CREATE TABLE later (id int);`);

    const error = await applyMigrations(database.runner, dir).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(MigrationError);
    expect((error as MigrationError).problems).toHaveLength(1);
    expect((error as Error).message).toContain('Migration "001_item" đã được áp dụng nhưng tệp');
    expect((error as Error).message).toContain("đã bị sửa");
    expect((error as Error).message).toContain("migration mới");
    expect((await rows()).map((row) => row.migration_name)).toEqual(["001_item", "002_item_note"]);
    expect(await advisoryLocksHeld()).toBe(0);
  });

  it("accepts a checkout that only changed line endings, as Prisma does", async () => {
    await applyMigrations(database.runner, dir);
    const file = path.join(dir, "002_item_note", "migration.sql");
    fs.writeFileSync(file, fs.readFileSync(file, "utf8").replaceAll("\n", "\r\n"));
    expect(await applyMigrations(database.runner, dir)).toEqual([]);
  });

  it("stops when the database has a migration the code does not (database newer than code)", async () => {
    await applyMigrations(database.runner, dir);
    fs.rmSync(path.join(dir, "002_item_note"), { recursive: true });

    const error = await applyMigrations(database.runner, dir).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(MigrationError);
    expect((error as Error).message).toContain('migration "002_item_note" nhưng mã nguồn này không có');
    expect((error as Error).message).toContain("mới hơn mã nguồn");
    expect(await advisoryLocksHeld()).toBe(0);
  });

  it("names a migration that fails and leaves nothing of it, so it runs again once fixed", async () => {
    writeMigration("003_broken", `CREATE TABLE broken (id int);\nSELECT no_such_column FROM item;`);
    const error = await applyMigrations(database.runner, dir).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(MigrationError);
    expect((error as Error).message).toMatch(/Migration "003_broken" bị lỗi: .*no_such_column/);
    expect((error as Error).message).toContain("hủy toàn bộ");
    expect((await rows()).map((row) => row.migration_name)).toEqual(["001_item", "002_item_note"]);
    expect(await advisoryLocksHeld()).toBe(0);

    writeMigration("003_broken", `CREATE TABLE broken (id int);`);
    expect(await applyMigrations(database.runner, dir)).toEqual(["003_broken"]);
  });

  it("releases its lock after a successful run", async () => {
    expect(await applyMigrations(database.runner, dir)).toEqual(["001_item", "002_item_note"]);
    expect(await advisoryLocksHeld()).toBe(0);
  });
});

describe("migrations: outside a transaction when the migration says so", () => {
  beforeEach(() => {
    writeMigration(
      "001_item",
      `CREATE TABLE item (id int PRIMARY KEY, a int, b text);
       INSERT INTO item SELECT n, n % 7, 'b' || n FROM generate_series(1, 500) n;`,
    );
  });

  it("runs CREATE INDEX CONCURRENTLY statement by statement and records it", async () => {
    writeMigration(
      "002_item_indexes",
      `-- giaoban: no-transaction
-- Built without blocking writers; a semicolon in a comment; does not split.
CREATE INDEX CONCURRENTLY "item_a_idx" ON item (a);
CREATE INDEX CONCURRENTLY item_b_idx ON item (b) WHERE b <> 'x;y';
`,
    );
    expect(listMigrations(dir).map((migration) => migration.transactional)).toEqual([true, false]);

    expect(await applyMigrations(database.runner, dir)).toEqual(["001_item", "002_item_indexes"]);
    expect(await indexes()).toEqual([
      { name: "item_a_idx", valid: true },
      { name: "item_b_idx", valid: true },
      { name: "item_pkey", valid: true },
    ]);
    expect((await rows()).map(({ migration_name, finished }) => ({ migration_name, finished }))).toEqual([
      { migration_name: "001_item", finished: true },
      { migration_name: "002_item_indexes", finished: true },
    ]);
    expect(await applyMigrations(database.runner, dir)).toEqual([]);
  });

  it("leaves a failed one unfinished, stops the next start with what to do, and reruns it once marked rolled back", async () => {
    writeMigration(
      "002_item_indexes",
      `-- giaoban: no-transaction
CREATE INDEX CONCURRENTLY item_a_idx ON item (a);
CREATE INDEX CONCURRENTLY item_c_idx ON item (c);
`,
    );
    const failure = await applyMigrations(database.runner, dir).catch((caught: unknown) => caught);
    expect(failure).toBeInstanceOf(MigrationError);
    expect((failure as Error).message).toMatch(/Migration "002_item_indexes" bị lỗi: .*"c"/);
    expect((failure as Error).message).toContain("rolled_back_at");
    const [, failed] = await rows();
    expect(failed).toMatchObject({ migration_name: "002_item_indexes", finished: false });
    expect(failed.logs).toContain("item_c_idx");
    expect(await advisoryLocksHeld()).toBe(0);

    const error = await applyMigrations(database.runner, dir).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(MigrationError);
    expect((error as Error).message).toContain('Migration "002_item_indexes" đã bắt đầu nhưng chưa hoàn tất');
    expect((error as Error).message).toContain("rolled_back_at");

    // What the message tells the operator to do: undo what ran, mark the run rolled back, fix, restart.
    await database.runner.exec(`DROP INDEX item_a_idx`);
    await database.runner.exec(
      `UPDATE "_prisma_migrations" SET rolled_back_at = now() WHERE migration_name = '002_item_indexes' AND finished_at IS NULL`,
    );
    writeMigration(
      "002_item_indexes",
      `-- giaoban: no-transaction
CREATE INDEX CONCURRENTLY item_a_idx ON item (a);
CREATE INDEX CONCURRENTLY item_b_idx ON item (b);
`,
    );
    expect(await applyMigrations(database.runner, dir)).toEqual(["002_item_indexes"]);
    expect((await indexes()).map((index) => index.name)).toEqual(["item_a_idx", "item_b_idx", "item_pkey"]);
  });
});

// PGlite is one connection in one process (its folder is locked); the race needs two connections.
describe.runIf(testDbKind() === "postgres")("migrations: two servers starting at once", () => {
  /** Both runs start while a third session holds the lock, so both must wait, then run. */
  async function raceTwoRuns(migrationsDir?: string): Promise<string[][]> {
    const holder = await anotherConnection();
    await holder.client.query(`SELECT pg_advisory_lock(${LOCK_KEY})`);
    const waiting: Promise<void>[] = [];
    const runs = [database.runner, (await anotherConnection()).runner].map((runner) => {
      let waited!: () => void;
      waiting.push(new Promise((resolve) => (waited = resolve)));
      return applyMigrations(runner, migrationsDir, { onWait: waited });
    });
    await Promise.all(waiting);
    await holder.client.query(`SELECT pg_advisory_unlock(${LOCK_KEY})`);
    return Promise.all(runs);
  }

  it("both finish on a fresh database and every migration is applied once", async () => {
    const folders = listMigrations().map((migration) => migration.name);
    const results = await raceTwoRuns();
    expect(results.flat().sort()).toEqual(folders);
    expect(results.some((applied) => applied.length === 0)).toBe(true);
    expect((await rows()).map((row) => row.migration_name)).toEqual(folders);
  });

  it("the waiting server does not deadlock the other's CREATE INDEX CONCURRENTLY", async () => {
    writeMigration("001_item", `CREATE TABLE item (id int PRIMARY KEY, a int);`);
    writeMigration("002_item_index", `-- giaoban: no-transaction\nCREATE INDEX CONCURRENTLY item_a_idx ON item (a);\n`);
    const results = await raceTwoRuns(dir);
    expect(results.flat().sort()).toEqual(["001_item", "002_item_index"]);
    expect(await indexes()).toContainEqual({ name: "item_a_idx", valid: true });
    expect(await advisoryLocksHeld()).toBe(0);
  });
});
