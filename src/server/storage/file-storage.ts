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

export async function storeFile(bytes: Uint8Array): Promise<string> {
  const random = randomBytes(16).toString("hex");
  const storageKey = `${random.slice(0, 2)}/${random}`;
  const target = pathOf(storageKey);
  await fs.mkdir(path.dirname(target), { recursive: true });
  await fs.writeFile(target, bytes, { flag: "wx" });
  return storageKey;
}

export async function readStoredFile(storageKey: string): Promise<Buffer> {
  return fs.readFile(pathOf(storageKey));
}

export async function deleteStoredFile(storageKey: string): Promise<void> {
  await fs.rm(pathOf(storageKey), { force: true });
}
