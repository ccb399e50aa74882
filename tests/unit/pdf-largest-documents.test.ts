import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { renderMinutesPdf } from "@/server/meetings/render-minutes-pdf";
import { renderNoticePdf } from "@/server/notices/render-notice-pdf";
import { LIMITS, largestMinutes, largestNotice, unspaced } from "../setup/largest-documents";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pdf-largest-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The PDF's text with line breaks, spaces and the zero-width break opportunities removed. */
function extractedText(bytes: Buffer, name: string): string {
  const file = path.join(dir, `${name}.pdf`);
  fs.writeFileSync(file, bytes);
  execFileSync("pdftotext", [file, `${file}.txt`]);
  return (
    fs
      .readFileSync(`${file}.txt`, "utf8")
      .normalize("NFC")
      // Page numbers in the top margin (from page 2, Hướng dẫn 36-HD/VPTW) start each page's text.
      .replace(/(^|\f)\s*\d+\n/g, "$1")
      .replace(/[\s\u200b]+/g, "")
  );
}

/**
 * Renders while sampling, every 25 ms, the resident memory and how late the sampling timer
 * fires: a render that holds the thread shows as lag, as it would for /api/health.
 */
async function measured(render: () => Promise<Buffer>) {
  const before = process.memoryUsage();
  let peakRss = before.rss;
  let peakHeap = before.heapUsed;
  let maxLag = 0;
  let last = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    maxLag = Math.max(maxLag, now - last - 25);
    last = now;
    const usage = process.memoryUsage();
    peakRss = Math.max(peakRss, usage.rss);
    peakHeap = Math.max(peakHeap, usage.heapUsed);
  }, 25);
  try {
    const bytes = await render();
    return { bytes, addedRssMb: (peakRss - before.rss) / 2 ** 20, addedHeapMb: (peakHeap - before.heapUsed) / 2 ** 20, maxLag };
  } finally {
    clearInterval(timer);
  }
}

// The worst case each renderer can be given; the bounds are generous (measured: well under
// 100 MB and a fraction of a second of lag), since they guard against gigabytes and stalls.
const MEMORY_BOUND_MB = 300;
const LAG_BOUND_MS = 2000;
// About 3 s of CPU for the minutes (1,100 pages) and as much again for pdftotext; a loaded
// machine stretches that many times over.
const SLOW = 300_000;

describe("the largest unspaced documents the validators allow", () => {
  it("minutes render with bounded memory while the event loop keeps answering", { timeout: SLOW }, async () => {
    const document = largestMinutes();
    const result = await measured(() => renderMinutesPdf(document));
    expect(result.bytes.subarray(0, 5).toString()).toBe("%PDF-");
    expect(result.addedRssMb).toBeLessThan(MEMORY_BOUND_MB);
    expect(result.addedHeapMb).toBeLessThan(MEMORY_BOUND_MB);
    expect(result.maxLag).toBeLessThan(LAG_BOUND_MS);

    const text = extractedText(result.bytes, "minutes");
    const last = LIMITS.remarks - 1;
    for (const field of [
      unspaced(LIMITS.summary, "TÌNHHÌNH"),
      unspaced(LIMITS.summary, "KẾTLUẬN"),
      unspaced(LIMITS.remarkBody, "PHÁTBIỂU0"),
      unspaced(LIMITS.remarkBody, `PHÁTBIỂU${last}`),
      unspaced(LIMITS.directiveContent, `NHIỆMVỤ${LIMITS.directives - 1}`),
    ]) {
      expect(text).toContain(field.slice(0, 60));
      expect(text).toContain(field.slice(-60));
    }
    expect(text).toContain(unspaced(LIMITS.remarkBody, `PHÁTBIỂU${last}`));
  });

  it("a notice renders with bounded memory while the event loop keeps answering", { timeout: SLOW }, async () => {
    const document = largestNotice();
    const result = await measured(() => renderNoticePdf(document));
    expect(result.bytes.subarray(0, 5).toString()).toBe("%PDF-");
    expect(result.addedRssMb).toBeLessThan(MEMORY_BOUND_MB);
    expect(result.addedHeapMb).toBeLessThan(MEMORY_BOUND_MB);
    expect(result.maxLag).toBeLessThan(LAG_BOUND_MS);

    const text = extractedText(result.bytes, "notice");
    const body = unspaced(LIMITS.noticeBody, "NỘIDUNG");
    expect(text).toContain(body);
    for (const field of [
      unspaced(LIMITS.noticeSubject, "TRÍCHYẾU"),
      unspaced(LIMITS.recipients, "NƠINHẬN"),
      unspaced(LIMITS.signerName, "NGƯỜIKÝ"),
      unspaced(LIMITS.directiveContent, `NHIỆMVỤ${LIMITS.directives - 1}`),
    ]) {
      expect(text).toContain(field.slice(0, 40));
      expect(text).toContain(field.slice(-40));
    }
  });
});
