/**
 * A province's directive and meeting search at national scale, one connection, every query a
 * read-cache miss (a new search each time): p50/p95 of the use cases themselves (issue 18),
 * after one unmeasured search that warms the process and its connection.
 *
 *   DATABASE_URL=postgresql://…/giaoban_scale node --import tsx --conditions=react-server bench/search-scale.ts [--user lanhdao.sp1]
 */
import { performance } from "node:perf_hooks";
import { getDb } from "../src/server/db/client";
import { listDirectives } from "../src/server/directives/list-directives";
import { listMeetings } from "../src/server/meetings/list-meetings";
import { actorOf } from "./actor-of";

const index = process.argv.indexOf("--user");
const username = index >= 0 ? process.argv[index + 1] : "lanhdao.sp1";
const db = await getDb();
const actor = await actorOf(db, username);

// Common words of the seeded directives and meetings; each query differs (a cache miss).
const DIRECTIVE_WORDS = [
  "tuyên truyền",
  "nghị quyết",
  "phong trào",
  "vận động",
  "giám sát",
  "đoàn kết",
  "hội viên",
  "xây dựng",
  "quyết định",
  "chỉ thị",
];
const MEETING_WORDS = ["giao ban", "quý IV", "quý I", "hội nghị", "xã quy mô", "quy mô 1", "quý II/2020", "quý III"];

async function measure(label: string, words: string[], run: (q: string, page: number) => Promise<{ total: number }>) {
  // One search not measured, with a word of its own: the process's and the database
  // connection's first-use costs (query compilation, text-search dictionaries) are not a search's.
  await run("kiểm tra", 1);
  const times: number[] = [];
  let total = 0;
  for (const [round, q] of words.flatMap((word) => [1, 2].map((page) => [page, word] as const))) {
    const t0 = performance.now();
    total += (await run(q, round)).total;
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const pick = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))].toFixed(0);
  console.log(
    `${label}: ${times.length} searches, p50 ${pick(0.5)} ms, p95 ${pick(0.95)} ms, max ${pick(1)} ms (mean hits ${Math.round(total / times.length)})`,
  );
}

await measure(`directives (${username})`, DIRECTIVE_WORDS, (q, page) =>
  listDirectives({ actor, input: { q, page: String(page) } }),
);
await measure(
  `meetings (${username})`,
  MEETING_WORDS,
  (q, page) => listMeetings({ actor, input: { q, page: String(page) } }) as never,
);
await db.$disconnect();
