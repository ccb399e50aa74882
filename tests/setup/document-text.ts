import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import JSZip from "jszip";
import { afterAll } from "vitest";

/** Files the tests of this file store go to a folder of their own, removed after them. */
export function storeFilesInTempDir(prefix: string): string {
  const storageDir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  process.env.STORAGE_DIR = storageDir;
  afterAll(() => fs.rmSync(storageDir, { recursive: true, force: true }));
  return storageDir;
}

/** White space folded and accents composed, to compare text taken from a PDF or DOCX. */
export const collapse = (text: string) => text.normalize("NFC").replace(/\s+/g, " ");

/** The text of each page of a PDF, laid out as pdftotext reads it. */
export function pdfPages(bytes: Uint8Array): string[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "giaoban-pdf-text-"));
  try {
    const file = path.join(dir, "check.pdf");
    fs.writeFileSync(file, bytes);
    return execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" })
      .split("\f")
      .filter((page) => page.trim());
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The words of a DOCX's body (folded) and the raw XML of its page headers. */
export async function docxText(bytes: Uint8Array): Promise<{ body: string; headers: string }> {
  const zip = await JSZip.loadAsync(bytes);
  const textOf = (xml: string) => collapse([...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(" "));
  const headers = await Promise.all(
    Object.keys(zip.files)
      .filter((name) => /^word\/header\d*\.xml$/.test(name))
      .map(async (name) => (await zip.file(name)!.async("string")) + "\n"),
  );
  return { body: textOf(await zip.file("word/document.xml")!.async("string")), headers: headers.join("") };
}
