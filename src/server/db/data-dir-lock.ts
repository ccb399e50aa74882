import "server-only";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import { vi } from "@/messages/vi";

/**
 * What the lock file beside the embedded database records: who holds it, how to tell
 * whether that process still lives, and how a local command (backup) reaches it.
 */
export interface LockOwner {
  pid: number;
  hostname: string;
  /** Boot id and start time of the process (Linux), so a reused pid is not taken for the owner. */
  identity: string | null;
  /** The server's port, when the holder is a server; read by `npm run backup`. */
  port: string | null;
  /** Random per holder; a local command proves with it that it may read the lock file. */
  token: string;
}

export class DataDirLockedError extends Error {
  /** The holder's pid only: the error may be printed whole, and the lock's token must not be. */
  readonly pid: number;

  constructor(lockFile: string, owner: LockOwner) {
    const dataDir = lockFile.replace(/\.lock$/, "");
    super(
      owner.hostname === os.hostname()
        ? vi.ops.databaseLocked(dataDir, owner.pid)
        : vi.ops.databaseLockedElsewhere(dataDir, owner.pid, owner.hostname, lockFile),
    );
    this.name = "DataDirLockedError";
    this.pid = owner.pid;
  }
}

export function lockFileOf(dataDir: string): string {
  return `${dataDir.replace(/[\\/]+$/, "")}.lock`;
}

function processIdentity(pid: number): string | null {
  try {
    const bootId = fs.readFileSync("/proc/sys/kernel/random/boot_id", "utf8").trim();
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    // Field 22 (start time); the command name in field 2 may contain spaces, so count after ")".
    const startTime = stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19];
    return `${bootId}:${startTime}`;
  } catch {
    return null;
  }
}

function isAlive(owner: LockOwner): boolean {
  // Another machine sharing the folder: its processes cannot be checked, so it is taken as alive.
  if (owner.hostname !== os.hostname()) return true;
  try {
    process.kill(owner.pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EPERM") return false;
  }
  const identity = processIdentity(owner.pid);
  return owner.identity === null || identity === null || identity === owner.identity;
}

export function readLockOwner(lockFile: string): LockOwner | null {
  try {
    const owner = JSON.parse(fs.readFileSync(lockFile, "utf8")) as LockOwner;
    return Number.isInteger(owner.pid) ? owner : null;
  } catch {
    return null;
  }
}

/** The live process holding the data folder, or null when nobody does. */
export function liveLockOwner(dataDir: string): LockOwner | null {
  const owner = readLockOwner(lockFileOf(dataDir));
  return owner && isAlive(owner) ? owner : null;
}

// Locks this process holds, so that exit releases them and a second open here is refused too
// (two PGlite instances on one folder corrupt it as surely as two processes do).
const held = ((globalThis as unknown as { giaobanDataDirLocks?: Map<string, string> }).giaobanDataDirLocks ??= new Map<
  string,
  string
>());
let exitHookInstalled = false;

function releaseAllSync() {
  for (const lockFile of [...held.keys()]) releaseDataDirLock(lockFile);
}

/**
 * Takes the data folder for this process: creates `<dataDir>.lock` exclusively (O_EXCL).
 * A lock left by a process that no longer runs (a crash, `kill -9`) is taken over; a live
 * holder makes this throw DataDirLockedError at once. Returns the lock file's path.
 */
export function acquireDataDirLock(dataDir: string): string {
  const lockFile = lockFileOf(dataDir);
  const owner: LockOwner = {
    pid: process.pid,
    hostname: os.hostname(),
    identity: processIdentity(process.pid),
    port: process.env.PORT ?? null,
    token: randomBytes(32).toString("hex"),
  };
  const content = JSON.stringify(owner);
  for (let attempt = 0; attempt < 3; attempt += 1) {
    try {
      fs.writeFileSync(lockFile, content, { flag: "wx", mode: 0o600 });
      held.set(lockFile, content);
      if (!exitHookInstalled) {
        process.once("exit", releaseAllSync);
        exitHookInstalled = true;
      }
      return lockFile;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    let current: string;
    try {
      current = fs.readFileSync(lockFile, "utf8");
    } catch {
      continue; // released meanwhile: try again
    }
    const currentOwner = readLockOwner(lockFile);
    if (held.has(lockFile) || (currentOwner && isAlive(currentOwner))) {
      throw new DataDirLockedError(lockFile, currentOwner ?? owner);
    }
    // Stale (or unreadable, e.g. cut short by a crash): remove it only if it is still the
    // one just judged, so two processes taking over at once cannot remove each other's.
    if (fs.readFileSync(lockFile, "utf8") === current) fs.rmSync(lockFile, { force: true });
  }
  throw new DataDirLockedError(lockFile, readLockOwner(lockFile) ?? owner);
}

/** Removes the lock file if this process still owns it. */
export function releaseDataDirLock(lockFile: string): void {
  const content = held.get(lockFile);
  if (content === undefined) return;
  held.delete(lockFile);
  try {
    if (fs.readFileSync(lockFile, "utf8") === content) fs.rmSync(lockFile, { force: true });
  } catch {
    // Already gone: nothing to release.
  }
}
