import { performance } from "node:perf_hooks";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@prisma/client";
import { setDb } from "../src/server/db/client";
import { getDashboard } from "../src/server/dashboard/get-dashboard";
const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL!, options: "-c random_page_cost=1.1" }), log: [{ emit: "event", level: "query" }] });
const all: [number, string][] = [];
(db as any).$on("query", (e: any) => { all.push([Number(e.duration), e.query.slice(0, 300)]); });
setDb(db);
const u = await db.user.findUniqueOrThrow({ where: { username: "lanhdao.sp1" }, include: { unit: true } });
const actor = { id: u.id, username: u.username, fullName: u.fullName, role: u.role, unitId: u.unitId, unitPath: u.unit.path, unitName: u.unit.name, organizationId: u.organizationId };
for (let i = 0; i < 4; i++) { all.length = 0; const t = performance.now(); await getDashboard({ actor, now: new Date(Date.now() + i * 60000) }); console.log((performance.now() - t).toFixed(0), "ms", all.length, "queries"); }
all.sort((a, b) => b[0] - a[0]);
for (const [d, q] of all.slice(0, 6)) console.log(d.toFixed(0), "ms", q);
await db.$disconnect();
