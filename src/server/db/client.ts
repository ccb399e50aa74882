import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient, type Prisma } from "@prisma/client";
import type { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { openPglite } from "./pglite";

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
  return new PrismaClient({ adapter: new PrismaPGlite(pglite) });
}

// The pools under the PostgreSQL clients made by postgresClient.
const pools = new WeakMap<PrismaClient, pg.Pool>();

/** A client of a PostgreSQL server over a pool this module keeps (see hotRows); $disconnect ends the pool. */
export function postgresClient(config: pg.PoolConfig): PrismaClient {
  const pool = new pg.Pool(config);
  const client = new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) });
  pools.set(client, pool);
  return client;
}

/**
 * The rows of a raw statement read on (nearly) every request: on the `pg` pool under a PostgreSQL
 * client, where it costs a fraction of Prisma's raw path's CPU (docs/decisions/0042), else through
 * Prisma (PGlite's one connection is shared with Prisma's transactions). Only for statements whose
 * columns both paths read alike: text, numbers, booleans and json (no timestamps: `pg` would read
 * them in the server's time zone).
 */
export async function hotRows<Row>(db: PrismaClient, statement: Prisma.Sql): Promise<Row[]> {
  const pool = pools.get(db);
  return pool ? (await pool.query(statement.text, statement.values)).rows : db.$queryRaw<Row[]>(statement);
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
