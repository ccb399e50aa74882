import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { createHash } from "node:crypto";
import { PrismaClient, type Prisma } from "@prisma/client";
import type { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { openPglite } from "./pglite";
import { pgliteClient } from "./pglite-prisma";

export type Db = PrismaClient;
/** The client inside `db.$transaction(async (tx) => …)`. */
export type Tx = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

async function createClient(): Promise<PrismaClient> {
  const url = process.env.DATABASE_URL;
  if (url) {
    const max = Number(process.env.DATABASE_POOL_SIZE ?? 10);
    // Planner costs for SSD storage (PostgreSQL's default random_page_cost of 4 assumes
    // spinning disks and made scoped lists scan whole tables; see docs/decisions/0009-directive-follow-up-and-notifications.md).
    // PGOPTIONS, when set, is used instead.
    const options = process.env.PGOPTIONS ?? "-c random_page_cost=1.1";
    return postgresClient({ connectionString: url, max, options });
  }
  const pglite = await openPglite();
  holder.giaobanPglite = pglite;
  return pgliteClient(pglite);
}

// The pools under the PostgreSQL clients made by postgresClient.
const pools = new WeakMap<object, pg.Pool>();

/** A client of a PostgreSQL server over a pool this module keeps (see hotRows); $disconnect ends the pool. */
export function postgresClient(config: pg.PoolConfig): PrismaClient {
  const pool = new pg.Pool(config);
  const client = new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) });
  pools.set(client, pool);
  return client;
}

// Columns read as Prisma's raw path reads them: `timestamp` and `date` hold UTC without an
// offset (pg alone would read them in the process's time zone), bigint as BigInt.
const PRISMA_LIKE_PARSERS: Record<number, (value: string) => unknown> = {
  1114: (value) => new Date(`${value.replace(" ", "T")}Z`),
  1082: (value) => new Date(`${value}T00:00:00Z`),
  20: (value) => BigInt(value),
};
const prismaLikeTypes = {
  getTypeParser: ((oid: number, format?: "text" | "binary") =>
    PRISMA_LIKE_PARSERS[oid] ?? pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

// Prepared once per connection; past this many distinct texts a statement goes unnamed, so
// statements whose text varies with data cannot fill the server's memory with plans.
const MAX_PREPARED_TEXTS = 200;
const preparedNames = new Map<string, string>();

function preparedName(text: string): string | undefined {
  const known = preparedNames.get(text);
  if (known || preparedNames.size >= MAX_PREPARED_TEXTS) return known;
  const name = `hot_${createHash("sha1").update(text).digest("hex").slice(0, 20)}`;
  preparedNames.set(text, name);
  return name;
}

/**
 * The rows of a raw statement that a page reads on a cache miss: on the `pg` pool under a
 * PostgreSQL client, as a prepared statement (parsed and planned once per connection, then
 * reused: a page's one big statement spent two thirds of its time in planning), at a fraction of
 * Prisma's raw path's CPU (docs/decisions/0042, 0046); through Prisma on PGlite, whose one
 * connection is shared with Prisma's transactions, and inside a transaction. Columns come back
 * as Prisma's raw path gives them (timestamps and dates as UTC, bigint as BigInt), except
 * `numeric`, which comes back as text: cast it in SQL.
 */
export async function hotRows<Row>(db: Tx, statement: Prisma.Sql): Promise<Row[]> {
  const pool = pools.get(db);
  if (!pool) return db.$queryRaw<Row[]>(statement);
  const { text } = statement;
  // pg sends a Date in the process's time zone with its offset, which a `::timestamp` cast drops.
  const values = statement.values.map((value) => (value instanceof Date ? value.toISOString() : value));
  const result = await pool.query({ name: preparedName(text), text, values, types: prismaLikeTypes });
  return result.rows as Row[];
}

// One client per process: PGlite holds its data folder exclusively (data-dir-lock.ts), and
// Next's dev server re-evaluates modules, so the instance lives on globalThis.
const holder = globalThis as unknown as { giaobanDb?: Promise<PrismaClient>; giaobanPglite?: PGlite };

export function getDb(): Promise<PrismaClient> {
  holder.giaobanDb ??= createClient();
  return holder.giaobanDb;
}

/** Tests and scripts install their own client (e.g. an in-memory PGlite). */
export function setDb(client: PrismaClient): void {
  holder.giaobanDb = Promise.resolve(client);
}

/**
 * The embedded database this process holds, for raw SQL that must share its single
 * connection (a backup inside the server); null on PostgreSQL.
 */
export async function embeddedPglite(): Promise<PGlite | null> {
  if (process.env.DATABASE_URL) return null;
  await getDb();
  return holder.giaobanPglite ?? null;
}
