/**
 * Renders the largest minutes and conclusion notice the validators allow (every text field at
 * its maximum length, no spaces, Vietnamese diacritics) and prints, for each: wall time, CPU
 * time, peak resident memory above the idle process, the longest the event loop was held, pages
 * and size; then the time of a repeated request, served by the content-keyed cache.
 *
 *   npm run bench:pdf
 *
 * Goal (issue 12): under 5 s each on the project's 2-core machine. Wall time depends on what
 * else runs on the machine; CPU time much less.
 */
import { renderMinutesPdf } from "@/server/meetings/render-minutes-pdf";
import { renderNoticePdf } from "@/server/notices/render-notice-pdf";
import { largestMinutes, largestNotice } from "../tests/setup/largest-documents";

const MB = 2 ** 20;

async function measure(label: string, render: () => Promise<Buffer>) {
  const idleRss = process.memoryUsage().rss;
  let peakRss = idleRss;
  let maxLag = 0;
  let last = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    maxLag = Math.max(maxLag, now - last - 10);
    last = now;
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }, 10);
  const cpu = process.cpuUsage();
  const started = performance.now();
  const bytes = await render();
  const wall = performance.now() - started;
  const used = process.cpuUsage(cpu);
  clearInterval(timer);
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  const pages = (bytes.toString("latin1").match(/\/Type \/Page\b/g) ?? []).length;
  return [
    label,
    (wall / 1000).toFixed(2),
    ((used.user + used.system) / 1e6).toFixed(2),
    ((peakRss - idleRss) / MB).toFixed(0),
    maxLag.toFixed(0),
    String(pages),
    (bytes.byteLength / MB).toFixed(2),
  ];
}

// Fonts and code loaded once, as in a running server.
await renderNoticePdf({ ...largestNotice(), paragraphs: ["Khởi động."], directives: [], recipients: [] });

const minutes = largestMinutes();
const notice = largestNotice();
const rows = [
  await measure("minutes.pdf (lớn nhất)", () => renderMinutesPdf(minutes)),
  await measure("notice pdf (lớn nhất)", () => renderNoticePdf(notice)),
  await measure("minutes.pdf lặp lại*", () => renderMinutesPdf(largestMinutes())),
];

const header = ["document", "wall s", "cpu s", "+rss MB", "max lag ms", "pages", "size MB"];
const widths = header.map((_, i) => Math.max(...[header, ...rows].map((row) => row[i].length)));
const line = (row: string[]) =>
  `| ${row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join(" | ")} |`;
console.log(
  `node ${process.version}, ${(await import("node:os")).cpus().length} CPU, load ${(await import("node:os")).loadavg()[0].toFixed(1)}`,
);
console.log(line(header));
console.log(`|${widths.map((w, i) => (i === 0 ? ":" : "") + "-".repeat(w + 1) + (i === 0 ? "" : ":")).join("|")}|`);
for (const row of rows) console.log(line(row));
console.log("* cùng nội dung: lấy từ bộ nhớ đệm theo mã băm nội dung, không dựng lại.");
