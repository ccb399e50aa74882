import { randomBytes } from "node:crypto";
import type { PGlite } from "@electric-sql/pglite";
import type { PrismaClient } from "@prisma/client";
import pg from "pg";
import { pgliteClient } from "@/server/db/pglite-prisma";
import { postgresClient, setDb } from "@/server/db/client";
import { applyMigrations, type SqlRunner } from "@/server/db/migrate";
import { openPglite } from "@/server/db/pglite";
import { pgliteRunner, pgRunner } from "@/server/db/sql-runners";

/**
 * Test databases: an in-memory PGlite by default, or a fresh database on the
 * PostgreSQL server named by TEST_DATABASE_URL (DESIGN.md §5). Each test file
 * makes its own, so files never see each other's rows.
 */
export type TestDbKind = "pglite" | "postgres";

export interface EmptyDatabase {
  kind: TestDbKind;
  /** Raw SQL on the database (what the migration runner uses). */
  runner: SqlRunner;
  /** A Prisma client on the same database. */
  connect(): PrismaClient;
  /** Disconnects every client made here and removes the database. */
  close(): Promise<void>;
}

export interface TestDb {
  kind: TestDbKind;
  db: PrismaClient;
  runner: SqlRunner;
  cleanup(): Promise<void>;
}

export function testDbKind(): TestDbKind {
  return process.env.TEST_DATABASE_URL ? "postgres" : "pglite";
}

function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

async function createPostgresDatabase(serverUrl: string): Promise<EmptyDatabase> {
  const name = `giaoban_test_${Date.now().toString(36)}_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const url = databaseUrl(serverUrl, name);
  const raw = new pg.Client({ connectionString: url });
  await raw.connect();
  const clients: PrismaClient[] = [];
  return {
    kind: "postgres",
    runner: pgRunner(raw),
    connect() {
      const client = postgresClient({ connectionString: url, max: 4 });
      clients.push(client);
      return client;
    },
    async close() {
      await Promise.all(clients.map((client) => client.$disconnect()));
      await raw.end();
      const dropper = new pg.Client({ connectionString: serverUrl });
      await dropper.connect();
      try {
        await dropper.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await dropper.end();
      }
    },
  };
}

async function createPgliteDatabase(): Promise<EmptyDatabase> {
  const pglite: PGlite = await openPglite("memory://");
  const clients: PrismaClient[] = [];
  return {
    kind: "pglite",
    runner: pgliteRunner(pglite),
    connect() {
      const client = pgliteClient(pglite);
      clients.push(client);
      return client;
    },
    async close() {
      await Promise.all(clients.map((client) => client.$disconnect()));
      await pglite.close();
    },
  };
}

/** A database with nothing in it, not even the migrations; of the given kind, or the configured one. */
export function createEmptyDatabase(kind = testDbKind()): Promise<EmptyDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (kind === "postgres" && !serverUrl) throw new Error("A PostgreSQL test database needs TEST_DATABASE_URL");
  return kind === "postgres" ? createPostgresDatabase(serverUrl!) : createPgliteDatabase();
}

/**
 * A migrated database and a Prisma client on it, installed with setDb() so
 * that use cases calling getDb() use it.
 */
export async function createTestDb(): Promise<TestDb> {
  const empty = await createEmptyDatabase();
  try {
    await applyMigrations(empty.runner);
  } catch (error) {
    await empty.close();
    throw error;
  }
  const db = empty.connect();
  setDb(db);
  return {
    kind: empty.kind,
    db,
    runner: empty.runner,
    cleanup: () => empty.close(),
  };
}
