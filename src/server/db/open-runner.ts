import "server-only";
import pg from "pg";
import type { SqlRunner } from "./migrate";
import { openPglite } from "./pglite";
import { pgliteRunner, pgRunner } from "./sql-runners";

/** A raw SQL connection to the configured database, for migrations. */
export async function openSqlRunner(): Promise<{ runner: SqlRunner; close: () => Promise<void> }> {
  const url = process.env.DATABASE_URL;
  if (url) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    return { runner: pgRunner(client), close: () => client.end() };
  }
  const db = await openPglite();
  return { runner: pgliteRunner(db), close: () => db.close() };
}
