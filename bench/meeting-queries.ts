/**
 * What one meeting page costs the database when the read cache misses (issue 18): the SQL
 * statements `getMeetingPage` sends and how long it takes, for a user and a meeting
 * (default: the first meeting of the user's list, as bench/run.mjs picks it).
 *
 * Every round goes over the same warm connection pool, as a running server does; a fresh key
 * object for the snapshot cache (a Proxy of the client) makes each round a miss. A new client
 * per round, as this script once opened, added a connection's set-up and Prisma's first-use
 * costs to every round and overstated the times several-fold.
 *
 *   DATABASE_URL=postgresql://…/giaoban_scale node --import tsx --conditions=react-server \
 *     bench/meeting-queries.ts [--user lanhdao.sp1] [--meeting ID] [--rounds 20] [--page 1] [--print]
 */
import { performance } from "node:perf_hooks";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@prisma/client";
import { setDb } from "../src/server/db/client";
import { listMeetings } from "../src/server/meetings/list-meetings";
import { getMeetingPage } from "../src/server/meetings/get-meeting-page";
import { actorOf } from "./actor-of";

const option = (name: string, fallback: string) => {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1]! : fallback;
};
const url = process.env.DATABASE_URL;
if (!url) throw new Error("DATABASE_URL (PostgreSQL) is required.");
let statements: { ms: number; sql: string }[] = [];
const db = new PrismaClient({
  adapter: new PrismaPg({ connectionString: url, max: 10, options: "-c random_page_cost=1.1" }),
  log: [{ emit: "event", level: "query" }],
});
db.$on("query", (event) => statements.push({ ms: Number(event.duration), sql: event.query }));
setDb(db);

const actor = await actorOf(db, option("user", "lanhdao.sp1"));
const meetingId = process.argv.includes("--meeting")
  ? option("meeting", "")
  : (await listMeetings({ actor, input: {} })).rows[0]!.id;
const carryOverPage = Number(option("page", "1"));

const rounds = Number(option("rounds", "20"));
const times: number[] = [];
let last: typeof statements = [];
// Two rounds first that are not counted: they pay the process's first-use costs (query compilation).
for (let round = -2; round < rounds; round += 1) {
  // A fresh object for the snapshot cache's WeakMap (a miss), over the same warm pool.
  setDb(new Proxy(db, {}));
  statements = [];
  const started = performance.now();
  await getMeetingPage({ actor, meetingId, carryOverPage });
  if (round >= 0) times.push(performance.now() - started);
  last = statements;
}
// Outside a request React's cache does not hold the snapshot read, so each cached read asks for
// it again here; a page's request asks once.
const perRequest = last.filter((row) => !row.sql.includes("pg_current_snapshot")).length + 1;
times.sort((a, b) => a - b);
const pick = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(1);
const dbMs = last.filter((row) => !row.sql.includes("pg_current_snapshot")).reduce((sum, row) => sum + row.ms, 0);
console.log(JSON.stringify({ meetingId, statements: perRequest, medianMs: pick(0.5), p95Ms: pick(0.95), sumDbMs: dbMs }));
if (process.argv.includes("--print"))
  for (const row of last) console.log(`${String(row.ms).padStart(4)} ms ${row.sql.slice(0, 400)}`);
await db.$disconnect();
process.exit(0);
