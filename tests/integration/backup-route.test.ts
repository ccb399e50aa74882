import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import * as tar from "tar";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST } from "@/app/api/internal/backup/route";
import { ZBackupManifest } from "@/server/backup/manifest";
import { embeddedPglite, getDb } from "@/server/db/client";
import { liveLockOwner } from "@/server/db/data-dir-lock";
import { applyMigrations } from "@/server/db/migrate";
import { pgliteRunner } from "@/server/db/sql-runners";
import { createUnit } from "../../prisma/factories/units";

/**
 * `npm run backup` on the embedded database while the portal runs: the server holding the
 * folder makes the archive, for a caller on the loopback address with the lock's token only.
 */
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "giaoban-backup-route-"));
const dataDir = path.join(scratch, "pglite");

function request(host: string, authorization?: string) {
  return new Request(`http://${host}:3205/api/internal/backup`, {
    method: "POST",
    headers: authorization ? { authorization } : {},
  });
}

describe("backup by the running server", () => {
  let token: string;

  beforeAll(async () => {
    process.env.PGLITE_DATA_DIR = dataDir;
    process.env.STORAGE_DIR = path.join(scratch, "storage");
    fs.mkdirSync(path.join(scratch, "storage", "ab"), { recursive: true });
    fs.writeFileSync(path.join(scratch, "storage", "ab", "ab".padEnd(32, "0")), "tệp đính kèm");
    await applyMigrations(pgliteRunner((await embeddedPglite())!));
    await createUnit(await getDb(), {
      code: "TTH",
      name: "Tỉnh Thừa Thiên Huế",
      committeeName: "Tỉnh ủy Thừa Thiên Huế",
      placeName: "Huế",
      level: "PROVINCE",
    });
    token = liveLockOwner(dataDir)!.token;
  });

  afterAll(async () => {
    await (await embeddedPglite())?.close();
    delete process.env.PGLITE_DATA_DIR;
    fs.rmSync(scratch, { recursive: true, force: true });
  });

  it("refuses without the lock's token, with another token, or addressed to another host", async () => {
    expect((await POST(request("127.0.0.1"))).status).toBe(403);
    expect((await POST(request("127.0.0.1", `Bearer ${"0".repeat(64)}`))).status).toBe(403);
    expect((await POST(request("giaoban.example", `Bearer ${token}`))).status).toBe(403);
  });

  it("streams the archive of its own database and files to a local caller with the token", async () => {
    const response = await POST(request("127.0.0.1", `Bearer ${token}`));
    expect(response.status).toBe(200);
    // The unit and its committee row.
    expect(JSON.parse(response.headers.get("x-backup-summary")!)).toMatchObject({ rows: 2, files: 1 });
    const archive = path.join(scratch, "from-server.tar.gz");
    fs.writeFileSync(archive, Buffer.from(await response.arrayBuffer()));
    const unpacked = path.join(scratch, "unpacked");
    fs.mkdirSync(unpacked);
    await tar.x({ file: archive, cwd: unpacked });
    const manifest = ZBackupManifest.parse(JSON.parse(fs.readFileSync(path.join(unpacked, "manifest.json"), "utf8")));
    expect(manifest.source).toBe("pglite");
    expect(manifest.tables.find((table) => table.name === "Unit")?.rows).toBe(1);
    expect(manifest.files.map((file) => file.path)).toEqual([`ab/${"ab".padEnd(32, "0")}`]);
    // The temporary archive in the server is gone once sent.
    expect(fs.readdirSync(os.tmpdir()).filter((name) => name.startsWith("giaoban-backup-") && name.endsWith(".tar.gz"))).toEqual(
      [],
    );
  });
});
