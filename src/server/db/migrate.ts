import "server-only";
import { createHash, randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { vi } from "@/messages/vi";
import { splitSqlStatements, stripComments } from "./split-sql";

/** Runs one SQL script (possibly many statements) or a parameterized query. */
export interface SqlRunner {
  exec(sql: string): Promise<void>;
  query<T>(sql: string, params?: unknown[]): Promise<T[]>;
  transaction(fn: (tx: SqlRunner) => Promise<void>): Promise<void>;
  /** PGlite: one connection, and `CONCURRENTLY` fails there (docs/decisions/0018). */
  readonly embedded?: boolean;
}

export interface Migration {
  name: string;
  sql: string;
  /** First line `-- giaoban: no-transaction`: run statement by statement, outside a transaction. */
  transactional: boolean;
}

/** A row of `_prisma_migrations` that was not rolled back. */
export interface AppliedMigration {
  migration_name: string;
  checksum: string;
  finished: boolean;
}

/** Start refused because the database and the migration folders disagree; the message says what to do. */
export class MigrationError extends Error {
  constructor(
    readonly problems: string[],
    options?: ErrorOptions,
  ) {
    super([vi.migrations.stopped, ...problems.map((problem) => `- ${problem}`)].join("\n"), options);
    this.name = "MigrationError";
  }
}

export const MIGRATIONS_DIR = path.join(process.cwd(), "prisma", "migrations");

// Same table and checksum as `prisma migrate deploy`, so Prisma's own
// `migrate status` agrees with what this runner applied (docs/decisions/0002).
const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

export const APPLIED_MIGRATIONS_SQL = `SELECT migration_name, checksum, finished_at IS NOT NULL AS finished
  FROM "_prisma_migrations" WHERE rolled_back_at IS NULL ORDER BY started_at`;

// Prisma's own key: this runner and `prisma migrate deploy` also exclude each other.
const LOCK_KEY = 72707369;
const LOCK_RETRY_MS = 500;

const NO_TRANSACTION = /^\s*--\s*giaoban:\s*no-transaction\s*$/;

export function listMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, transactional: !NO_TRANSACTION.test(sql.split("\n", 1)[0]) };
    });
}

function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

/** Like Prisma, a checkout that only changed line endings (git on Windows) still matches. */
function matchesChecksum(sql: string, checksum: string): boolean {
  const lf = sql.replaceAll("\r\n", "\n");
  return [sql, lf, lf.replaceAll("\n", "\r\n")].some((variant) => sha256(variant) === checksum);
}

/** What is left to apply, and what stops the start (each problem says what to do). */
export function compareMigrations(
  applied: AppliedMigration[],
  onDisk: Migration[],
): { pending: Migration[]; problems: string[] } {
  const byName = new Map(onDisk.map((migration) => [migration.name, migration]));
  const problems: string[] = [];
  const done = new Set<string>();
  for (const row of applied) {
    const migration = byName.get(row.migration_name);
    if (!row.finished) problems.push(vi.migrations.unfinished(row.migration_name));
    else if (!migration) problems.push(vi.migrations.missingOnDisk(row.migration_name));
    else if (!matchesChecksum(migration.sql, row.checksum)) problems.push(vi.migrations.edited(row.migration_name));
    done.add(row.migration_name);
  }
  return { pending: onDisk.filter((migration) => !done.has(migration.name)), problems };
}

/**
 * Applies every committed migration not yet applied, after checking that those already
 * applied are the ones on disk, unchanged. One process at a time per database: the others
 * wait for the advisory lock, then find nothing left to do.
 */
export async function applyMigrations(
  db: SqlRunner,
  dir = MIGRATIONS_DIR,
  options: { onWait?: () => void } = {},
): Promise<string[]> {
  const onDisk = listMigrations(dir);
  await acquireLock(db, options.onWait);
  try {
    await db.exec(CREATE_TABLE);
    const { pending, problems } = compareMigrations(await db.query<AppliedMigration>(APPLIED_MIGRATIONS_SQL), onDisk);
    if (problems.length > 0) throw new MigrationError(problems);
    for (const migration of pending) {
      try {
        if (migration.transactional) await applyInTransaction(db, migration);
        else await applyStatementByStatement(db, migration);
      } catch (error) {
        const failure = vi.migrations.failed(migration.name, error instanceof Error ? error.message : String(error));
        const next = migration.transactional ? vi.migrations.rolledBack : vi.migrations.unfinished(migration.name);
        throw new MigrationError([failure, next], { cause: error });
      }
    }
    return pending.map((migration) => migration.name);
  } finally {
    await db.query(`SELECT pg_advisory_unlock(${LOCK_KEY})`);
  }
}

/**
 * A session lock, polled rather than awaited: a session blocked in `pg_advisory_lock`
 * holds a snapshot, which the holder's `CREATE INDEX CONCURRENTLY` would wait for (a deadlock).
 */
async function acquireLock(db: SqlRunner, onWait?: () => void): Promise<void> {
  for (let attempt = 0; ; attempt += 1) {
    const [{ locked }] = await db.query<{ locked: boolean }>(`SELECT pg_try_advisory_lock(${LOCK_KEY}) AS locked`);
    if (locked) return;
    if (attempt === 0) onWait?.();
    await sleep(LOCK_RETRY_MS);
  }
}

async function applyInTransaction(db: SqlRunner, migration: Migration): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.exec(migration.sql);
    await tx.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, finished_at, applied_steps_count)
       VALUES ($1, $2, $3, now(), 1)`,
      [randomUUID(), sha256(migration.sql), migration.name],
    );
  });
}

/**
 * Recorded as started first, as Prisma does: if a statement fails (or the process dies),
 * the unfinished row stops the next start until someone looks, since what already ran stays.
 */
async function applyStatementByStatement(db: SqlRunner, migration: Migration): Promise<void> {
  const id = randomUUID();
  await db.query(`INSERT INTO "_prisma_migrations" (id, checksum, migration_name) VALUES ($1, $2, $3)`, [
    id,
    sha256(migration.sql),
    migration.name,
  ]);
  for (const statement of splitSqlStatements(migration.sql)) {
    try {
      await db.exec(db.embedded ? withoutConcurrently(statement) : statement);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      await db.query(`UPDATE "_prisma_migrations" SET logs = $2 WHERE id = $1`, [id, `${message}\n\n${statement}`]);
      throw error;
    }
  }
  await db.query(`UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = 1 WHERE id = $1`, [id]);
}

/**
 * PGlite refuses `CONCURRENTLY` ("tuple concurrently updated"), and has nothing to be
 * concurrent with: migrations run before its only process serves anything.
 */
function withoutConcurrently(statement: string): string {
  return stripComments(statement)
    .trim()
    .replace(/^((?:CREATE\s+(?:UNIQUE\s+)?INDEX|DROP\s+INDEX|REINDEX\s+(?:\([^)]*\)\s*)?\w+)\s+)CONCURRENTLY\s+/i, "$1");
}
