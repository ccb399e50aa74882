import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations, MIGRATIONS_DIR } from "@/server/db/migrate";
import { createEmptyDatabase, type EmptyDatabase } from "../setup/test-db";

const OWN = "20261202100000_org_tree_history";

/**
 * A production install already has data: the migration that adds the names-as-of-a-date columns
 * runs on a database written by the previous schema and fills them from today's rows.
 */
describe("migration " + OWN, () => {
  let database: EmptyDatabase;
  let previous: string;

  beforeAll(async () => {
    database = await createEmptyDatabase();
    // The migrations up to the previous head, as a folder of their own.
    previous = fs.mkdtempSync(path.join(os.tmpdir(), "giaoban-previous-"));
    for (const name of fs.readdirSync(MIGRATIONS_DIR).filter((name) => name < OWN)) {
      fs.cpSync(path.join(MIGRATIONS_DIR, name), path.join(previous, name), { recursive: true });
    }
    await applyMigrations(database.runner, previous);
  });

  afterAll(async () => {
    await database?.close();
    if (previous) fs.rmSync(previous, { recursive: true, force: true });
  });

  it("fills the unit's name on its committee rows and each roll-call row's body names", async () => {
    const sql = database.runner;
    await sql.query(`INSERT INTO "Unit" ("id", "code", "name", "committeeName", "placeName", "level", "path", "updatedAt")
      VALUES ('u1', 'TTH', 'Tỉnh Thừa Thiên Huế', 'Tỉnh ủy Thừa Thiên Huế', 'Huế', 'PROVINCE', '/u1/', now())`);
    await sql.query(`INSERT INTO "UnitCommittee" ("id", "unitId", "name", "numberSuffix", "placeName")
      VALUES ('uc1', 'u1', 'Tỉnh ủy Thừa Thiên Huế', 'TU', 'Huế')`);
    await sql.query(`INSERT INTO "Organization" ("id", "unitId", "kind", "name", "shortName", "updatedAt")
      VALUES ('o1', 'u1', 'MTTQ', 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', 'UBMTTQ', now())`);
    await sql.query(`INSERT INTO "User" ("id", "username", "fullName", "passwordHash", "role", "unitId", "updatedAt")
      VALUES ('us1', 'admin', 'Quản trị', 'x', 'ADMIN', 'u1', now())`);
    await sql.query(`INSERT INTO "Period" ("id", "year", "type", "index", "startDate", "endDate")
      VALUES ('p1', 2020, 'QUARTER', 1, '2020-01-01', '2020-03-31')`);
    await sql.query(`INSERT INTO "Meeting" ("id", "unitId", "periodId", "kind", "title", "createdById", "updatedAt")
      VALUES ('m1', 'u1', 'p1', 'BRIEFING', 'Giao ban', 'us1', now())`);
    await sql.query(`INSERT INTO "Attendance" ("id", "meetingId", "fullName", "position", "organizationId")
      VALUES ('a1', 'm1', 'Đoàn Văn Trực', 'Chủ tịch', 'o1'), ('a2', 'm1', 'Khách mời', '', NULL)`);

    expect(await applyMigrations(database.runner)).toEqual(
      fs
        .readdirSync(MIGRATIONS_DIR)
        .filter((name) => name >= OWN && !name.endsWith(".toml"))
        .sort(),
    );

    const [committee] = await sql.query<{ unitName: string }>(`SELECT "unitName" FROM "UnitCommittee" WHERE "id" = 'uc1'`);
    expect(committee.unitName).toBe("Tỉnh Thừa Thiên Huế");
    const rows = await sql.query<{ id: string; organizationName: string | null; organizationShortName: string | null }>(
      `SELECT "id", "organizationName", "organizationShortName" FROM "Attendance" ORDER BY "id"`,
    );
    expect(rows).toEqual([
      { id: "a1", organizationName: "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", organizationShortName: "UBMTTQ" },
      { id: "a2", organizationName: null, organizationShortName: null },
    ]);

    // From now on every new row snapshots its body, and a rename rewrites none.
    await sql.query(
      `INSERT INTO "Attendance" ("id", "meetingId", "fullName", "position", "organizationId") VALUES ('a3', 'm1', 'Lê Văn Bảy', '', 'o1')`,
    );
    await sql.query(
      `UPDATE "Organization" SET "name" = 'Ủy ban MTTQ Việt Nam thành phố', "shortName" = 'MTTQ TP' WHERE "id" = 'o1'`,
    );
    const after = await sql.query<{ id: string; organizationShortName: string | null }>(
      `SELECT "id", "organizationShortName" FROM "Attendance" WHERE "organizationId" = 'o1' ORDER BY "id"`,
    );
    expect(after).toEqual([
      { id: "a1", organizationShortName: "UBMTTQ" },
      { id: "a3", organizationShortName: "UBMTTQ" },
    ]);
  });
});
