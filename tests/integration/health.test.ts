import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@prisma/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as health } from "@/app/api/health/route";
import { GET as live } from "@/app/api/health/live/route";
import { GET as ready } from "@/app/api/health/ready/route";
import { setDb } from "@/server/db/client";
import { MIGRATIONS_DIR } from "@/server/db/migrate";
import { checkReadiness } from "@/server/health/readiness";
import { createTestDb, type TestDb } from "../setup/test-db";

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "giaoban-health-"));
process.env.STORAGE_DIR = path.join(scratch, "storage");

let testDb: TestDb;

beforeAll(async () => {
  testDb = await createTestDb();
});

afterAll(async () => {
  await testDb?.cleanup();
  fs.rmSync(scratch, { recursive: true, force: true });
});

/** The committed migrations, copied so a test can change them. */
function migrationsCopy(name: string): string {
  const dir = path.join(scratch, name);
  fs.cpSync(MIGRATIONS_DIR, dir, { recursive: true });
  return dir;
}

describe("readiness", () => {
  it("is ready when the database answers, storage is writable and every migration is applied unchanged", async () => {
    const response = await ready();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      status: "ok",
      checks: { database: { status: "ok" }, storage: { status: "ok" }, migrations: { status: "ok" } },
    });
    expect(fs.readdirSync(process.env.STORAGE_DIR!)).toEqual([]);
  });

  it("fails the storage check when STORAGE_DIR cannot be written (a path under a regular file)", async () => {
    const file = path.join(scratch, "not-a-folder");
    fs.writeFileSync(file, "");
    const readiness = await checkReadiness({ storageDir: path.join(file, "storage") });
    expect(readiness.status).toBe("unavailable");
    expect(readiness.checks.storage).toEqual({ status: "failed", detail: expect.stringContaining("STORAGE_DIR") });
    expect(readiness.checks.database).toEqual({ status: "ok" });
    expect(readiness.checks.migrations).toEqual({ status: "ok" });
  });

  it("fails the migrations check when a migration on disk is not applied", async () => {
    const dir = migrationsCopy("pending");
    fs.mkdirSync(path.join(dir, "20991231000000_later"));
    fs.writeFileSync(path.join(dir, "20991231000000_later", "migration.sql"), "SELECT 1;");
    const readiness = await checkReadiness({ migrationsDir: dir });
    expect(readiness.status).toBe("unavailable");
    expect(readiness.checks.migrations).toEqual({
      status: "failed",
      detail: expect.stringContaining("Chưa áp dụng: 20991231000000_later"),
    });
    expect(readiness.checks.storage).toEqual({ status: "ok" });
  });

  it("fails the migrations check when an applied migration was edited", async () => {
    const dir = migrationsCopy("edited");
    const [first] = fs.readdirSync(dir).filter((name) => fs.statSync(path.join(dir, name)).isDirectory());
    fs.appendFileSync(path.join(dir, first, "migration.sql"), "\n-- edited\n");
    const readiness = await checkReadiness({ migrationsDir: dir });
    expect(readiness.checks.migrations).toEqual({
      status: "failed",
      detail: expect.stringMatching(new RegExp(`"${first}".*đã bị sửa`)),
    });
  });

  it("fails the migrations check when the database has a migration the code does not", async () => {
    const dir = migrationsCopy("older-code");
    const folders = fs.readdirSync(dir).filter((name) => fs.statSync(path.join(dir, name)).isDirectory());
    const last = folders.sort().at(-1)!;
    fs.rmSync(path.join(dir, last), { recursive: true });
    const readiness = await checkReadiness({ migrationsDir: dir });
    expect(readiness.checks.migrations).toEqual({
      status: "failed",
      detail: expect.stringContaining(`"${last}" nhưng mã nguồn này không có`),
    });
  });

  it("answers 503 and names the failed checks when the database does not answer; /api/health too, liveness not", async () => {
    const unreachable = new PrismaClient({
      adapter: new PrismaPg({ connectionString: "postgresql://postgres@127.0.0.1:1/none" }),
    });
    setDb(unreachable);
    try {
      const response = await ready();
      expect(response.status).toBe(503);
      const body = await response.json();
      expect(body.status).toBe("unavailable");
      expect(body.checks.database.status).toBe("failed");
      expect(body.checks.migrations.status).toBe("failed");
      expect(body.checks.storage).toEqual({ status: "ok" });
      const legacy = await health();
      expect(legacy.status).toBe(503);
      const liveness = live();
      expect(liveness.status).toBe(200);
      expect(await liveness.json()).toEqual({ status: "ok" });
    } finally {
      setDb(testDb.db);
      await unreachable.$disconnect();
    }
  });

  it("keeps /api/health's contract: 200 {status: ok} when the database answers", async () => {
    const response = await health();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
  });
});
