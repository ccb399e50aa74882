/**
 * What the list pages' loads cost when the read cache misses (issue 18, docs/decisions/0041):
 * for each page, the use cases the page calls, ten times over one warm connection pool, each a
 * miss (a fresh key object for the snapshot cache); prints the median time, the number of SQL
 * statements and their summed database time, and with -v every statement, slowest first
 * (-f: whole SQL).
 *
 *   DATABASE_URL=postgresql://…/giaoban_scale node --import tsx --conditions=react-server \
 *     bench/list-misses.ts [user] [directives,search,meetings,reports,dashboard,home] [-v] [-f]
 */
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@prisma/client";
import { setDb } from "../src/server/db/client";
import { listDirectives, listDirectiveFilters } from "../src/server/directives/list-directives";
import { listMeetings } from "../src/server/meetings/list-meetings";
import { listMeetingListFilters, listMeetingUnitFilter } from "../src/server/meetings/meeting-unit-filter";
import { listReports, listReportFilters } from "../src/server/reports/list-reports";
import { getDashboard } from "../src/server/dashboard/get-dashboard";
import { getHomeSummary } from "../src/server/home/get-home-summary";
import { actorOf } from "./actor-of";

const url = process.env.DATABASE_URL!;
let queries: { q: string; d: number }[] = [];
function client() {
  const c = new PrismaClient({
    adapter: new PrismaPg({ connectionString: url, max: 10, options: "-c random_page_cost=1.1" }),
    log: [{ emit: "event", level: "query" }],
  });
  c.$on("query", (e) => queries.push({ q: e.query, d: Number(e.duration) }));
  return c;
}
const base = client();
const actor = await actorOf(base, process.argv[2] ?? "lanhdao.sp1");
const pages: Record<string, () => Promise<unknown>> = {
  directives: () => Promise.all([listDirectives({ actor, input: {} as never }), listDirectiveFilters(actor, {})]),
  search: () => Promise.all([listDirectives({ actor, input: { q: "tuyên truyền" } as never }), listDirectiveFilters(actor, {})]),
  meetings: () =>
    Promise.all([listMeetings({ actor, input: {} as never }), listMeetingListFilters(actor), listMeetingUnitFilter(actor, {})]),
  reports: () => Promise.all([listReports({ actor, page: 1 }), listReportFilters(actor, {})]),
  dashboard: () => getDashboard({ actor }),
  home: () => getHomeSummary(actor),
};
const verbose = process.argv.includes("-v");
for (const [name, run] of Object.entries(pages)) {
  if (process.argv[3] && !process.argv[3].startsWith("-") && !process.argv[3].split(",").includes(name)) continue;
  const times: number[] = [];
  let last: typeof queries = [];
  const c = client();
  for (let i = 0; i < 12; i++) {
    // A fresh object for the snapshot cache's WeakMap (a miss), over the same warm pool.
    setDb(new Proxy(c, {}));
    queries = [];
    const t0 = performance.now();
    await run();
    times.push(performance.now() - t0);
    last = queries;
  }
  await c.$disconnect();
  times.splice(0, 2);
  times.sort((a, b) => a - b);
  const dbTime = last.reduce((s, q) => s + q.d, 0);
  console.log(`${name}: median ${times[5].toFixed(0)} ms, ${last.length} statements, sum db ${dbTime} ms`);
  if (verbose)
    for (const q of [...last].sort((a, b) => b.d - a.d))
      console.log(`  ${q.d} ms  ${process.argv.includes("-f") ? q.q : q.q.slice(0, 300)}`);
}
process.exit(0);
