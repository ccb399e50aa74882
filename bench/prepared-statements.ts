/**
 * What preparing a page's statement saves (docs/decisions/0046): the raw statements of a
 * dashboard, board and filter-choices miss for a user, each run 25 times on one connection
 * unnamed (parsed and planned every time, as Prisma sends them), prepared with PostgreSQL's
 * automatic plan choice, and prepared with a generic plan forced; prints the median of the last 20.
 *
 *   DATABASE_URL=postgresql://…/giaoban_scale node --import tsx --conditions=react-server \
 *     bench/prepared-statements.ts [user]
 */
import { PrismaPg } from "@prisma/adapter-pg";
import { Prisma, PrismaClient } from "@prisma/client";
import pg from "pg";
import { setDb } from "../src/server/db/client";
import { getDashboard } from "../src/server/dashboard/get-dashboard";
import { listDirectives, listDirectiveFilters } from "../src/server/directives/list-directives";
import { actorOf } from "./actor-of";
const url = process.env.DATABASE_URL!;
const base = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 2 }) });
const actor = await actorOf(base, process.argv[2] ?? "lanhdao.sp1");
const captured: Prisma.Sql[] = [];
const probe = new Proxy(base, {
  get(target, key) {
    if (key !== "$queryRaw") return Reflect.get(target, key);
    return async (strings: TemplateStringsArray | Prisma.Sql, ...values: unknown[]) => {
      const query = Array.isArray(strings) ? Prisma.sql(strings as TemplateStringsArray, ...values) : (strings as Prisma.Sql);
      if (!/pg_current_snapshot/.test(query.sql)) captured.push(query);
      return target.$queryRaw(query);
    };
  },
});
setDb(probe);
await getDashboard({ actor });
await listDirectives({ actor, input: {} as never });
await listDirectiveFilters(actor, {});
const client = new pg.Client({ connectionString: url, options: "-c random_page_cost=1.1" });
await client.connect();
for (const [i, q] of captured.entries()) {
  for (const mode of ["unnamed", "named-auto", "named-generic"]) {
    await client.query(`SET plan_cache_mode = ${mode === "named-generic" ? "force_generic_plan" : "auto"}`);
    const times: number[] = [];
    for (let r = 0; r < 25; r++) {
      const t0 = performance.now();
      if (mode === "unnamed") await client.query(q.text, q.values);
      else await client.query({ name: `q${i}${mode}`, text: q.text, values: q.values });
      times.push(performance.now() - t0);
    }
    times.splice(0, 5);
    times.sort((a, b) => a - b);
    console.log(`statement ${i} (${q.text.slice(0, 40).replace(/\s+/g, " ")}) ${mode}: median ${times[10]!.toFixed(2)} ms`);
  }
}
await client.end();
process.exit(0);
