/**
 * EXPLAIN (ANALYZE, BUFFERS) of every raw statement a page's loads send on a read-cache miss
 * (docs/decisions/0044): the use case runs against a client whose $queryRaw explains instead.
 *
 *   DATABASE_URL=postgresql://…/giaoban_scale node --import tsx --conditions=react-server \
 *     bench/explain-miss.ts [user] directives|search|dashboard
 */
import { PrismaPg } from "@prisma/adapter-pg";
import { Prisma, PrismaClient } from "@prisma/client";
import { setDb } from "../src/server/db/client";
import { listDirectives, listDirectiveFilters } from "../src/server/directives/list-directives";
import { getDashboard } from "../src/server/dashboard/get-dashboard";
import { actorOf } from "./actor-of";

const base = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL!, max: 2 }) });
const actor = await actorOf(base, process.argv[2] ?? "lanhdao.sp1");
const explaining = new Proxy(base, {
  get(target, key) {
    if (key !== "$queryRaw") return Reflect.get(target, key);
    return async (strings: TemplateStringsArray | Prisma.Sql, ...values: unknown[]) => {
      // Called as a tag, or with a built statement (hotRows in src/server/db/client.ts).
      const query = Array.isArray(strings) ? Prisma.sql(strings as TemplateStringsArray, ...values) : (strings as Prisma.Sql);
      if (/pg_current_snapshot/.test(query.sql)) return target.$queryRaw(query);
      const plan = await target.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(
        `EXPLAIN (ANALYZE, BUFFERS) ${query.text}`,
        ...query.values,
      );
      console.log(plan.map((row) => row["QUERY PLAN"]).join("\n"), "\n");
      return [];
    };
  },
});
setDb(explaining);
const page = process.argv[3] ?? "directives";
if (page === "dashboard") await getDashboard({ actor });
else {
  const input = page === "search" ? { q: "tuyên truyền" } : {};
  await listDirectives({ actor, input: input as never });
  await listDirectiveFilters(actor, {});
}
process.exit(0);
