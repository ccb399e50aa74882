import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { acquireDataDirLock, DataDirLockedError, lockFileOf, releaseDataDirLock } from "@/server/db/data-dir-lock";
import { openPglite } from "@/server/db/pglite";
import { vi } from "@/messages/vi";

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "giaoban-lock-test-"));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

/** `npm run db:migrate` in a second process, on the given data folder. */
function migrateInChild(dataDir: string) {
  return spawnSync(path.join("node_modules", ".bin", "tsx"), ["--conditions=react-server", "scripts/migrate.ts"], {
    env: { ...process.env, PGLITE_DATA_DIR: dataDir, DATABASE_URL: "" },
    encoding: "utf8",
    timeout: 200_000,
  });
}

function deadPid(): number {
  const child = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" });
  return Number(child.stdout);
}

describe("single writer for the embedded database", () => {
  it("refuses a second process while the folder is open, at once and with what to do", async () => {
    const dataDir = path.join(scratch, "held");
    const db = await openPglite(dataDir);
    try {
      const child = migrateInChild(dataDir);
      expect(child.status).not.toBe(0);
      expect(child.stderr).toContain(vi.ops.databaseLocked(dataDir, process.pid));
      // Refused before opening anything: the folder was never written by the child.
      expect(fs.readFileSync(lockFileOf(dataDir), "utf8")).toContain(`"pid":${process.pid}`);
      expect((await db.query<{ one: number }>("SELECT 1 AS one")).rows).toEqual([{ one: 1 }]);
    } finally {
      await db.close();
    }
    expect(fs.existsSync(lockFileOf(dataDir))).toBe(false);
    // PGlite's start and a TypeScript child process are slow on a busy two-core machine.
  }, 240_000);

  it("refuses a second open inside the same process too", () => {
    const dataDir = path.join(scratch, "twice");
    const lockFile = acquireDataDirLock(dataDir);
    try {
      expect(() => acquireDataDirLock(dataDir)).toThrow(DataDirLockedError);
    } finally {
      releaseDataDirLock(lockFile);
    }
  });

  it("takes over the lock of a process that died (crash, kill -9)", () => {
    const dataDir = path.join(scratch, "stale");
    const stale = { pid: deadPid(), hostname: os.hostname(), identity: null, port: "3000", token: "old" };
    fs.writeFileSync(lockFileOf(dataDir), JSON.stringify(stale));
    const lockFile = acquireDataDirLock(dataDir);
    try {
      expect(JSON.parse(fs.readFileSync(lockFile, "utf8")).pid).toBe(process.pid);
    } finally {
      releaseDataDirLock(lockFile);
    }
  });

  it("takes over a lock whose pid now belongs to another process (a restarted container)", () => {
    const dataDir = path.join(scratch, "reused");
    const reused = { pid: process.ppid, hostname: os.hostname(), identity: "another-boot:1", port: null, token: "old" };
    fs.writeFileSync(lockFileOf(dataDir), JSON.stringify(reused));
    const lockFile = acquireDataDirLock(dataDir);
    releaseDataDirLock(lockFile);
  });

  it("never takes over a lock from another machine, and says how to clear it", () => {
    const dataDir = path.join(scratch, "elsewhere");
    const lockFile = lockFileOf(dataDir);
    const foreign = { pid: deadPid(), hostname: "other-container", identity: null, port: null, token: "theirs" };
    fs.writeFileSync(lockFile, JSON.stringify(foreign));
    expect(() => acquireDataDirLock(dataDir)).toThrow(
      vi.ops.databaseLockedElsewhere(dataDir, foreign.pid, "other-container", lockFile),
    );
    expect(JSON.parse(fs.readFileSync(lockFile, "utf8")).token).toBe("theirs");
  });

  it("takes over a lock file left empty by a crash while it was written", () => {
    const dataDir = path.join(scratch, "empty");
    fs.writeFileSync(lockFileOf(dataDir), "");
    releaseDataDirLock(acquireDataDirLock(dataDir));
  });
});
