#!/usr/bin/env node
/**
 * A province's common-word directive search before and after the scoped search vector
 * (docs/decisions/0033), alternated in one session so that both meet the same machine: the
 * former query (the scope's meetings first, then LIKE on every directive's content key, kept
 * here in a temporary table as the dropped "contentKey" column was) against the vector's
 * (scope and words in one GIN scan, page and count in one pass). One connection; each search a
 * page and its count; PostgreSQL time as the client sees it. Province 1 of `seed:scale`.
 *
 *   DATABASE_URL=postgresql://…/giaoban_scale node bench/search-before-after.mjs
 */
import pg from "pg";

const c = new pg.Client({ connectionString: process.env.DATABASE_URL });
await c.connect();
await c.query("SET random_page_cost = 1.1");
const t = Date.now();
await c.query(
  `CREATE TEMP TABLE probe AS SELECT id, "meetingId", "dueDate", "createdAt", search_key(content) AS "contentKey" FROM "Directive"`,
);
await c.query(`CREATE INDEX ON probe ("meetingId", "dueDate")`);
await c.query(`CREATE INDEX ON probe USING gin ("contentKey" gin_trgm_ops)`);
await c.query(`CREATE INDEX ON probe (id)`);
await c.query(`ANALYZE probe`);
console.log(`former content keys copied in ${Date.now() - t} ms`);
const WORDS = [
  ["tuyen", "truyen"],
  ["nghi", "quyet"],
  ["phong", "trao"],
  ["van", "dong"],
  ["giam", "sat"],
  ["doan", "ket"],
  ["hoi", "vien"],
  ["xay", "dung"],
  ["quyet", "dinh"],
  ["chi", "thi"],
];
const scope = `"meetingId" IN (SELECT m.id FROM "Meeting" m JOIN "Unit" u ON u.id = m."unitId" WHERE u.path LIKE '/sp1/%')`;
const order = `ORDER BY "dueDate" ASC NULLS LAST, "createdAt" DESC, id ASC`;
const times = { old: [], new: [] };
for (let round = 0; round < 3; round++)
  for (const [a, b] of WORDS) {
    for (const kind of round % 2 ? ["new", "old"] : ["old", "new"]) {
      const t0 = performance.now();
      if (kind === "old") {
        const where = `${scope} AND "contentKey" LIKE '%${a}%' AND "contentKey" LIKE '%${b}%'`;
        await c.query(`SELECT id FROM probe WHERE ${where} ${order} LIMIT 20 OFFSET ${round * 20}`);
        await c.query(`SELECT count(*) FROM probe WHERE ${where}`);
      } else {
        const q = `('/sp1/') & '${a}' & '${b.length <= 6 ? b + "*" : b}'`;
        const where = `"searchVector" @@ $1::tsquery`;
        await c.query(`SELECT id, count(*) OVER () FROM "Directive" WHERE ${where} ${order} LIMIT 20 OFFSET ${round * 20}`, [q]);
      }
      times[kind].push(performance.now() - t0);
    }
  }
for (const kind of ["old", "new"]) {
  const s = times[kind].sort((x, y) => x - y);
  const pick = (p) => s[Math.min(s.length - 1, Math.floor(p * s.length))].toFixed(0);
  console.log(kind, `${s.length} searches (page + count): p50 ${pick(0.5)} ms, p95 ${pick(0.95)} ms, max ${pick(1)} ms`);
}
await c.end();
