import type { PrismaClient } from "@prisma/client";
import { Prisma } from "@prisma/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hotRows } from "@/server/db/client";
import { createTestDb, type TestDb } from "../setup/test-db";

/**
 * hotRows reads a statement on the `pg` pool as a prepared statement (PostgreSQL) or through
 * Prisma (PGlite, transactions): both must give the rows Prisma's raw path gives, and a
 * `timestamp` must read as the UTC instant written, whatever the process's time zone: on PGlite
 * Prisma's raw path read it seven hours early on a server set to Asia/Ho_Chi_Minh until the
 * client gave it an offset (src/server/db/pglite-prisma.ts; docs/decisions/0046).
 */
describe("hot statements read as Prisma reads them", () => {
  let test: TestDb;
  let db: PrismaClient;
  const zone = process.env.TZ;

  beforeAll(async () => {
    test = await createTestDb();
    db = test.db;
  });
  afterAll(async () => {
    process.env.TZ = zone;
    await test.cleanup();
  });

  const statement = (at: Date) => Prisma.sql`
    SELECT ${at}::timestamp(3) AS "at", '2026-03-31'::date AS "day", NULL::timestamp(3) AS "nothing",
      12345678901234::bigint AS "big", 7::int AS "small", true AS "yes", 'Quý I/2026' AS "text",
      ARRAY['Mặt trận', 'Đoàn'] AS "names", 'OPEN'::"DirectiveStatus" AS "status",
      json_build_object('at', (${at}::timestamp(3) AT TIME ZONE 'UTC'), 'n', 1) AS "json"`;

  it.each(["UTC", "Asia/Ho_Chi_Minh", "America/New_York"])("gives Prisma's values with the process in %s", async (tz) => {
    process.env.TZ = tz;
    const at = new Date("2026-12-02T23:30:15.123Z");
    const expected = await db.$queryRaw<Record<string, unknown>[]>(statement(at));
    // Twice: the first run prepares the statement on its connection, the second reuses it.
    for (let run = 0; run < 2; run += 1) {
      const rows = await hotRows<Record<string, unknown>>(db, statement(at));
      expect(rows).toEqual(expected);
      expect(rows[0]!.at).toEqual(at);
      expect(rows[0]!.day).toEqual(new Date("2026-03-31T00:00:00Z"));
    }
  });

  it("runs inside a transaction on the transaction's own connection", async () => {
    const rows = await db.$transaction((tx) => hotRows<{ one: number }>(tx, Prisma.sql`SELECT 1::int AS "one"`));
    expect(rows).toEqual([{ one: 1 }]);
  });
});
