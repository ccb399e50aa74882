/**
 * What one meeting page costs the database when the read cache misses (issue 18): the SQL
 * statements `getMeetingPage` sends and how long it takes, for a user and a meeting
 * (default: the first meeting of the user's list, as bench/run.mjs picks it).
 *
 *   DATABASE_URL=postgresql://…/giaoban_scale node --import tsx --conditions=react-server \
 *     bench/meeting-queries.ts [--user lanhdao.sp1] [--meeting ID] [--rounds 10]
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
let statements: string[] = [];
/** A client of its own per round: the snapshot cache is kept per client, so each round misses. */
async function client() {
  const db = new PrismaClient({
    adapter: new PrismaPg({ connectionString: url, options: "-c random_page_cost=1.1" }),
    log: [{ emit: "event", level: "query" }],
  });
  db.$on("query", (event) => statements.push(`${String(event.duration).padStart(4)} ms ${event.query}`));
  await db.$queryRaw`SELECT 1`;
  setDb(db);
  return db;
}

const db = await client();
const actor = await actorOf(db, option("user", "lanhdao.sp1"));
const meetingId = process.argv.includes("--meeting")
  ? option("meeting", "")
  : (await listMeetings({ actor, input: {} })).rows[0]!.id;

const rounds = Number(option("rounds", "10"));
const times: number[] = [];
let perRequest = 0;
for (let round = 0; round <= rounds; round += 1) {
  const fresh = await client();
  statements = [];
  const started = performance.now();
  await getMeetingPage({ actor, meetingId });
  // The first round pays the process's first-use costs (query compilation): not a request's.
  if (round > 0) times.push(performance.now() - started);
  // Outside a request React's cache does not hold the snapshot read: a page asks for it once.
  perRequest = statements.filter((sql) => !sql.includes("pg_current_snapshot")).length + 1;
  if (round < rounds || !process.argv.includes("--print")) await fresh.$disconnect();
}
times.sort((a, b) => a - b);
const pick = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(1);
console.log(JSON.stringify({ meetingId, statements: perRequest, p50ms: pick(0.5), p95ms: pick(0.95) }));
if (process.argv.includes("--print")) for (const sql of statements) console.log(sql.slice(0, 400));
await db.$disconnect();
