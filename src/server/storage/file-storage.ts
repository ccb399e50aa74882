import "server-only";
import { randomBytes } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { env } from "@/server/env";

/** Files live under STORAGE_DIR by a random key; the name the user gave is only kept in the database. */
function pathOf(storageKey: string): string {
  if (!/^[a-f0-9]{2}\/[a-f0-9]{32}$/.test(storageKey)) throw new Error("Invalid storage key");
  return path.join(path.resolve(env().STORAGE_DIR), storageKey);
}

async function storeFile(bytes: Uint8Array): Promise<string> {
  const random = randomBytes(16).toString("hex");
  const storageKey = `${random.slice(0, 2)}/${random}`;
  const target = pathOf(storageKey);
  await fs.mkdir(path.dirname(target), { recursive: true });
  const file = await fs.open(target, "wx");
  try {
    await file.writeFile(bytes);
  } catch (error) {
    // A disk that fills up mid-write must not leave half a file under a key nobody knows.
    await file.close();
    await fs.rm(target, { force: true });
    throw error;
  }
  await file.close();
  return storageKey;
}

export type StoreFile = (bytes: Uint8Array) => Promise<string>;

/**
 * Runs work that records new files in the database (usually one transaction), writing each
 * file through `store` as the work asks for it. A committed row therefore always finds its
 * file, and when the work fails every file it stored is removed again: a failed save leaves
 * nothing behind in storage. Only a crash between the write and the commit can still leave
 * an unreferenced file, which is never served.
 */
export async function withStoredFiles<T>(work: (store: StoreFile) => Promise<T>): Promise<T> {
  const writes: Promise<string>[] = [];
  const store: StoreFile = (bytes) => {
    const write = storeFile(bytes);
    writes.push(write);
    return write;
  };
  try {
    return await work(store);
  } catch (error) {
    // Wait for writes still under way (e.g. the second of two parallel writes) so none is missed.
    const written = await Promise.allSettled(writes);
    // The caller needs the error that failed the work; a file that cannot be removed is only an orphan.
    await Promise.allSettled(written.flatMap((write) => (write.status === "fulfilled" ? [deleteStoredFile(write.value)] : [])));
    throw error;
  }
}

export async function readStoredFile(storageKey: string): Promise<Buffer> {
  return fs.readFile(pathOf(storageKey));
}

export async function deleteStoredFile(storageKey: string): Promise<void> {
  await fs.rm(pathOf(storageKey), { force: true });
}
