import "server-only";
import type { PGlite, Transaction } from "@electric-sql/pglite";
import type { Client, PoolClient } from "pg";
import type { SqlRunner } from "./migrate";

export function pgliteRunner(db: PGlite | Transaction): SqlRunner {
  return {
    embedded: true,
    exec: async (sql) => {
      await db.exec(sql);
    },
    query: async <T>(sql: string, params?: unknown[]) => (await db.query<T>(sql, params)).rows,
    transaction: async (fn) => {
      if (!("transaction" in db)) throw new Error("nested transaction");
      await db.transaction(async (tx) => fn(pgliteRunner(tx)));
    },
  };
}

export function pgRunner(client: Client | PoolClient, inTransaction = false): SqlRunner {
  return {
    exec: async (sql) => {
      await client.query(sql);
    },
    query: async <T>(sql: string, params?: unknown[]) => (await client.query(sql, params as unknown[])).rows as T[],
    transaction: async (fn) => {
      if (inTransaction) throw new Error("nested transaction");
      await client.query("BEGIN");
      try {
        await fn(pgRunner(client, true));
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw error;
      }
    },
  };
}
