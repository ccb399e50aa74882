import "server-only";
import fs from "node:fs/promises";
import path from "node:path";
import { sha256File } from "./manifest";

/** Every regular file under `dir` (relative, "/"-separated, sorted), or none if it does not exist. */
export async function listStorageFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (relative: string) => {
    let entries;
    try {
      entries = await fs.readdir(path.join(dir, relative), { withFileTypes: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT" && relative === "") return;
      throw error;
    }
    for (const entry of entries) {
      const child = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory()) await walk(child);
      else if (entry.isFile()) out.push(child);
    }
  };
  await walk("");
  return out.sort();
}

export async function describeStorageFiles(dir: string, files: string[]) {
  const out: { path: string; size: number; sha256: string }[] = [];
  for (const file of files) {
    const absolute = path.join(dir, file);
    out.push({ path: file, size: (await fs.stat(absolute)).size, sha256: await sha256File(absolute) });
  }
  return out;
}
