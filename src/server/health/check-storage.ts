import "server-only";
import { randomUUID } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { env } from "@/server/env";

/** Writes and removes a probe file where uploads and issued notices go (file-storage.ts). */
export async function storageWritable(dir = env().STORAGE_DIR): Promise<boolean> {
  const probe = path.join(path.resolve(dir), `.ready-${randomUUID()}`);
  try {
    await fs.mkdir(path.dirname(probe), { recursive: true });
    await fs.writeFile(probe, "", { flag: "wx" });
    await fs.rm(probe);
    return true;
  } catch {
    return false;
  }
}
