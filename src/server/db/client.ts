import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@prisma/client";
import type { PGlite } from "@electric-sql/pglite";
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
    return new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max, options }) });
  }
  const pglite = await openPglite();
  holder.giaobanPglite = pglite;
  return new PrismaClient({ adapter: new PrismaPGlite(pglite) });
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
