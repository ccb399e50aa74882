import fc from "fast-check";
import type { PrismaClient } from "@prisma/client";
import type { Actor } from "@/server/auth/actor";
import type { SmallWorld } from "./small-world";

/**
 * Shared pieces of the fuzz tests (tests/integration/fuzz-*.test.ts): hostile values, ids that
 * exist (in the actor's unit or another) or not, every role, and a checksum of every table to
 * prove that a refused call wrote nothing.
 */

/** Text an attacker sends: NUL and control bytes, markup, SQL, impossible dates, huge, decomposed Vietnamese. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ maxLength: 20 }).map((text) => `${text}\u0000${text}`) },
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      "",
      " ",
      "\u0000",
      "a\u0000b",
      "\u0007\u001b[31m\u007f\u0085",
      '\'; DROP TABLE "User"; --',
      "' OR '1'='1",
      "<script>alert(1)</script>",
      '<img src=x onerror="alert(1)">',
      "%00",
      "../../../etc/passwd",
      "99999999999999999999",
      "-1",
      "0",
      "1.5",
      "NaN",
      "1e309",
      "true",
      "2021-02-31",
      "2021-02-31T08:00",
      "2020-03-24T24:00",
      "Quy\u0301 I/2020",
      "\u202eRTL",
      "🙂👍🏽",
      "\ud800",
      "[]",
      "{}",
      "null",
    ),
  },
  { weight: 1, arbitrary: fc.constantFrom("x".repeat(300), "đ".repeat(25_000), "a".repeat(250_000)) },
);

/** Any value a crafted call could carry in place of the expected one. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: hostileText },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.constantFrom(0, -1, 1e20, Number.NaN, Infinity, 2_147_483_648, 1.5) },
  { weight: 1, arbitrary: fc.constantFrom(null, undefined, true, false) },
  { weight: 1, arbitrary: fc.array(hostileText, { maxLength: 3 }) },
  { weight: 1, arbitrary: fc.anything({ maxDepth: 2 }) },
);

/** Every id in the database (a few per table), plus ids that name nothing. */
export async function collectIds(db: PrismaClient): Promise<string[]> {
  const tables = await db.$queryRawUnsafe<{ table_name: string }[]>(
    `SELECT table_name::text AS table_name FROM information_schema.columns
      WHERE table_schema = 'public' AND column_name = 'id' AND data_type = 'text'`,
  );
  const ids: string[] = [];
  for (const { table_name } of tables) {
    const rows = await db.$queryRawUnsafe<{ id: string }[]>(`SELECT id FROM "${table_name}" ORDER BY id LIMIT 6`);
    ids.push(...rows.map((row) => row.id));
  }
  return [...new Set(ids), "clx0000000000000000000000", "does-not-exist"];
}

export function idArbitrary(ids: string[]): fc.Arbitrary<string> {
  return fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...ids) }, { weight: 1, arbitrary: hostileText });
}

/** A signed-in user of each role, in the unit, below it and beside it; or nobody. */
export function actorArbitrary(world: SmallWorld): fc.Arbitrary<Actor | null> {
  return fc.oneof(
    { weight: 12, arbitrary: fc.constantFrom(...Object.values(world.actors)) },
    { weight: 1, arbitrary: fc.constant(null) },
  );
}

/**
 * A fingerprint of every table (one query): its row count and the newest row version's
 * transaction id. Any insert or update writes a row version with a newer transaction id and any
 * delete lowers the count, so equal before and after a call proves the call changed nothing.
 */
export async function tableChecksum(db: PrismaClient): Promise<string> {
  const tables = await db.$queryRawUnsafe<{ table_name: string }[]>(
    `SELECT table_name::text AS table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  const parts = tables.map(
    ({ table_name }) => `(SELECT count(*) || ':' || coalesce(max(xmin::text::bigint), 0) FROM "${table_name}")`,
  );
  const [row] = await db.$queryRawUnsafe<{ sum: string }[]>(`SELECT concat_ws(',', ${parts.join(", ")}) AS sum`);
  return row.sum;
}
