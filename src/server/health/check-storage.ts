import "server-only";
import { constants } from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";
import { env } from "@/server/env";

/**
 * Whether uploads and issued notices can be stored (file-storage.ts creates the folder the
 * same way). Asked of the kernel rather than by writing a probe file, which a backup walking
 * the folder at that moment could list and then not find.
 */
export async function storageWritable(dir = env().STORAGE_DIR): Promise<boolean> {
  const target = path.resolve(dir);
  try {
    await fs.mkdir(target, { recursive: true });
    await fs.access(target, constants.W_OK | constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
