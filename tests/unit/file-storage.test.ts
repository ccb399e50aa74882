import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readStoredFile, withStoredFiles } from "@/server/storage/file-storage";

const storageDir = fs.mkdtempSync(path.join(os.tmpdir(), "giaoban-storage-"));
process.env.STORAGE_DIR = storageDir;

const storedFiles = () =>
  fs
    .readdirSync(storageDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => entry.name);

describe("withStoredFiles", () => {
  afterAll(() => fs.rmSync(storageDir, { recursive: true, force: true }));

  it("keeps the files of work that succeeds", async () => {
    const key = await withStoredFiles((store) => store(new Uint8Array([1, 2, 3])));
    expect([...(await readStoredFile(key))]).toEqual([1, 2, 3]);
    fs.rmSync(storageDir, { recursive: true, force: true });
  });

  it("removes every file of work that fails, including writes still under way when it failed", async () => {
    const failure = new Error("the transaction failed");
    await expect(
      withStoredFiles(async (store) => {
        await store(new Uint8Array(10));
        // Two parallel writes, and a failure before the second has finished.
        void store(new Uint8Array(1024 * 1024));
        throw failure;
      }),
    ).rejects.toBe(failure);
    expect(storedFiles()).toEqual([]);
  });
});
