import "server-only";
import type { PGlite, Transaction } from "@electric-sql/pglite";
import { PrismaClient } from "@prisma/client";
import { PrismaPGlite } from "pglite-prisma-adapter";

type Parser = (value: string, typeId: number) => unknown;
type QueryOptions = { parsers?: Record<number, Parser> } & Record<string, unknown>;

// `timestamp` columns hold UTC without an offset. pglite-prisma-adapter hands them to Prisma
// bare ("2026-12-02 23:30:15.123"), and Prisma's raw path reads a bare time in the process's
// time zone: on a server set to Asia/Ho_Chi_Minh every raw read came back seven hours early
// (a report's submission time, a sign-in lock's end). Given the offset, as @prisma/adapter-pg
// gives it, both paths read UTC.
const TIMESTAMP = 1114;
const withOffset = (value: string) => `${value.replace(" ", "T")}+00:00`;

function utcParsers(options: QueryOptions | undefined): QueryOptions | undefined {
  const parsers = options?.parsers;
  if (!parsers?.[TIMESTAMP]) return options;
  const parse = parsers[TIMESTAMP];
  return { ...options, parsers: { ...parsers, [TIMESTAMP]: (value, typeId) => parse(withOffset(value), typeId) } };
}

function utcQueries<Q extends Pick<PGlite | Transaction, "query">>(queryable: Q): Q {
  return new Proxy(queryable, {
    get(target, key, receiver) {
      if (key === "query") {
        return (sql: string, params?: unknown[], options?: QueryOptions) =>
          target.query(sql, params, utcParsers(options) as never);
      }
      if (key === "transaction") {
        const transaction = (target as unknown as PGlite).transaction.bind(target);
        return <T>(callback: (tx: Transaction) => Promise<T>) => transaction((tx) => callback(utcQueries(tx)));
      }
      const value = Reflect.get(target, key, receiver);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

/** A Prisma client over an embedded database, reading `timestamp` columns as UTC on every path. */
export function pgliteClient(pglite: PGlite): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPGlite(utcQueries(pglite)) });
}
