/**
 * National-scale data for the benchmark (issue 6): 34 provinces, ~3,300 communes, six
 * reporting organizations each, ten years of quarters, a meeting per unit and quarter,
 * reports and directives. Everything is generated inside PostgreSQL with
 * INSERT … SELECT generate_series (no rows cross the wire), then ANALYZE.
 *
 *   DATABASE_URL=postgresql://…/giaoban_scale npm run seed:scale -- [--provinces 34] [--communes 97] [--years 10]
 *
 * Use an empty database: the generator refuses to run twice. Accounts (password
 * DEMO_PASSWORD, default giaoban-demo): lanhdao.sp1, thuky.sp1, mttq.sp1 (province 1), …
 */
import pg from "pg";
import { hashPassword } from "../src/server/auth/password";
import { applyMigrations } from "../src/server/db/migrate";
import { pgRunner } from "../src/server/db/sql-runners";

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index >= 0 ? Number(process.argv[index + 1]) : fallback;
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} phải là số nguyên dương`);
  return value;
}

const url = process.env.DATABASE_URL;
if (!url || !/^postgres(ql)?:/.test(url)) {
  console.error("seed:scale cần DATABASE_URL trỏ tới một cơ sở dữ liệu PostgreSQL (trống).");
  process.exit(1);
}
const provinces = option("provinces", 34);
const communes = option("communes", 97);
const years = option("years", 10);
const directivesPerMeeting = option("directives", 3);
const now = new Date();
const lastYear = now.getUTCFullYear();
const firstYear = lastYear - years + 1;

const client = new pg.Client({ connectionString: url });
await client.connect();
const started = Date.now();
async function step(label: string, sql: string, params: unknown[] = []) {
  const t0 = Date.now();
  const result = await client.query(sql, params);
  console.log(
    `${label.padEnd(34)} ${String(result.rowCount ?? "").padStart(9)} rows  ${((Date.now() - t0) / 1000).toFixed(1)} s`,
  );
}

try {
  await applyMigrations(pgRunner(client));
  const existing = await client.query(`SELECT 1 FROM "Unit" WHERE code = 'SP1'`);
  if (existing.rowCount) {
    console.log("Dữ liệu quy mô lớn đã có (đơn vị SP1); không tạo lại.");
    process.exit(0);
  }
  await client.query("SET synchronous_commit = off");
  // The tallies' row triggers (docs/decisions/0027) would upsert a million times; they are
  // switched off for the bulk load, the tallies recounted and the directives' search vectors
  // (docs/decisions/0033) computed once at the end.
  const TALLIED = ['"UnitReport"', '"Directive"', '"DirectiveOrganization"', '"Meeting"'];
  for (const table of TALLIED) await client.query(`ALTER TABLE ${table} DISABLE TRIGGER USER`);
  const passwordHash = await hashPassword(process.env.DEMO_PASSWORD ?? "giaoban-demo");

  await step(
    "provinces",
    `INSERT INTO "Unit" (id, code, name, "committeeName", "placeName", level, "parentId", path, "updatedAt")
     SELECT 'sp' || p, 'SP' || p, 'Tỉnh Quy Mô ' || p, 'Tỉnh ủy Quy Mô ' || p, 'Quy Mô ' || p, 'PROVINCE', NULL, '/sp' || p || '/', now()
     FROM generate_series(1, $1::int) p`,
    [provinces],
  );
  await step(
    "communes",
    `INSERT INTO "Unit" (id, code, name, "committeeName", "placeName", level, "parentId", path, "updatedAt")
     SELECT 'sc' || p || '_' || c, 'SC' || p || '_' || c, 'Xã Quy Mô ' || p || '.' || c, 'Đảng ủy xã Quy Mô ' || p || '.' || c,
            'Quy Mô ' || p, 'COMMUNE', 'sp' || p, '/sp' || p || '/sc' || p || '_' || c || '/', now()
     FROM generate_series(1, $1::int) p, generate_series(1, $2::int) c`,
    [provinces, communes],
  );
  await step(
    "organizations (6 per unit)",
    `INSERT INTO "Organization" (id, "unitId", kind, name, "shortName", "submitsReports", "sortOrder", "updatedAt")
     SELECT u.id || '_o' || k, u.id,
            (ARRAY['MTTQ','VETERANS','YOUTH_UNION','WOMEN_UNION','FARMERS_UNION','LABOR_FEDERATION'])[k]::"OrganizationKind",
            (ARRAY['Ủy ban MTTQ Việt Nam','Hội Cựu chiến binh','Đoàn TNCS Hồ Chí Minh','Hội Liên hiệp Phụ nữ','Hội Nông dân','Liên đoàn Lao động'])[k] || ' ' || u.name,
            (ARRAY['UBMTTQ','Hội CCB','Đoàn TN','Hội LHPN','Hội ND','LĐLĐ'])[k], true, k, now()
     FROM "Unit" u, generate_series(1, 6) k WHERE u.code LIKE 'S%'`,
  );
  await step(
    "quarters",
    `INSERT INTO "Period" (id, year, type, index, "startDate", "endDate")
     SELECT 'pq' || y || '_' || q, y, 'QUARTER', q, make_date(y, (q - 1) * 3 + 1, 1),
            (make_date(y, (q - 1) * 3 + 1, 1) + interval '3 months' - interval '1 day')::date
     FROM generate_series($1::int, $2::int) y, generate_series(1, 4) q
     ON CONFLICT (year, type, index) DO NOTHING`,
    [firstYear, lastYear],
  );
  const periodScope = `p.type = 'QUARTER' AND p.year BETWEEN ${firstYear} AND ${lastYear} AND p."startDate" <= now()`;
  await step(
    "report deadlines",
    `INSERT INTO "PeriodDeadline" (id, "periodId", "unitId", deadline)
     SELECT 'dl_' || u.id || '_' || p.id, p.id, u.id, (p."endDate" - 5) + time '10:00'
     FROM "Unit" u, "Period" p WHERE u.code LIKE 'S%' AND p.type = 'QUARTER' AND p.year BETWEEN $1 AND $2
     ON CONFLICT DO NOTHING`,
    [firstYear, lastYear],
  );
  await step(
    "accounts (3 per province)",
    `INSERT INTO "User" (id, username, "passwordHash", "fullName", role, "unitId", "organizationId", "updatedAt")
     SELECT 'u' || r.key || '_sp' || p, r.key || '.sp' || p, $2, r.name || ' ' || p, r.role::"Role", 'sp' || p,
            CASE WHEN r.role = 'ORG_REP' THEN 'sp' || p || '_o1' END, now()
     FROM generate_series(1, $1::int) p,
          (VALUES ('lanhdao', 'Lãnh đạo tỉnh', 'LEADER'), ('thuky', 'Thư ký tỉnh', 'SECRETARIAT'), ('mttq', 'Cán bộ MTTQ tỉnh', 'ORG_REP'))
            AS r(key, name, role)`,
    [provinces, passwordHash],
  );
  await step(
    "meetings (1 per unit and quarter)",
    `INSERT INTO "Meeting" (id, "unitId", "periodId", kind, status, title, "startsAt", place, "chairName", "chairPosition",
                            "situationSummary", "conclusionText", "searchText", "createdById", "approvedAt", "publishedAt", "updatedAt")
     SELECT 'm_' || u.id || '_' || p.id, u.id, p.id, 'LIAISON',
            (CASE WHEN p."endDate" < now() THEN 'PUBLISHED' ELSE 'SCHEDULED' END)::"MeetingStatus",
            'Hội nghị giao ban quý ' || (ARRAY['I','II','III','IV'])[p.index] || '/' || p.year || ' ' || u.name,
            (p."endDate" - 3) + time '07:00', 'Hội trường ' || u."committeeName", 'Bí thư ' || u.name, 'Phó Bí thư Thường trực',
            'Tình hình quý ' || p.index || '/' || p.year, 'Kết luận của đồng chí chủ trì.',
            'Hội nghị giao ban quý ' || (ARRAY['I','II','III','IV'])[p.index] || '/' || p.year || ' ' || u.name,
            'uthuky_sp' || split_part(substr(u.path, 4), '/', 1),
            CASE WHEN p."endDate" < now() THEN (p."endDate" - 2) + time '07:00' END,
            CASE WHEN p."endDate" < now() THEN (p."endDate" - 1) + time '07:00' END, now()
     FROM "Unit" u, "Period" p WHERE u.code LIKE 'S%' AND ${periodScope}`,
  );
  await step(
    "reports (~90% submitted)",
    `INSERT INTO "UnitReport" (id, "organizationId", "periodId", "unitId", status, achievements, shortcomings, "nextTasks",
                               "submittedAt", "isLate", "updatedAt")
     SELECT 'r_' || o.id || '_' || p.id, o.id, p.id, o."unitId",
            (CASE WHEN h < 5 THEN 'DRAFT' WHEN h < 30 THEN 'SUBMITTED' ELSE 'ACCEPTED' END)::"ReportStatus",
            'Kết quả đạt được trong quý.', 'Một số hạn chế.', 'Nhiệm vụ trọng tâm quý tới.',
            CASE WHEN h >= 5 THEN (p."endDate" - 6) + time '03:00' + (CASE WHEN h < 20 THEN interval '3 days' ELSE interval '0' END) END,
            h >= 5 AND h < 20, now()
     FROM "Organization" o
     JOIN "Period" p ON ${periodScope} AND p."endDate" < now()
     CROSS JOIN LATERAL (SELECT abs(hashtext(o.id || p.id)) % 100 AS h) r
     WHERE o.id LIKE 's%' AND r.h >= 8`,
  );
  await step(
    "directives",
    `INSERT INTO "Directive" (id, "meetingId", "sortOrder", content, category, "dueDate", status, "resultSummary",
                              "doneProposedAt", "completedAt", "cancelReason", "updatedAt")
     SELECT m.id || '_d' || k, m.id, k,
            (ARRAY['Tuyên truyền, quán triệt Nghị quyết 43-NQ/TW về phát huy sức mạnh khối đại đoàn kết toàn dân tộc',
                   'Vận động xây dựng nhà Đại đoàn kết cho hộ nghèo theo Chỉ thị 35-CT/TW',
                   'Tổ chức phong trào thi đua cựu chiến binh gương mẫu',
                   'Nắm bắt tình hình tư tưởng, dư luận xã hội của đoàn viên, hội viên',
                   'Phối hợp giám sát, phản biện xã hội theo Quyết định 217-QĐ/TW',
                   'Tổng kết phong trào Toàn dân đoàn kết xây dựng đời sống văn hóa'])[1 + (k + h) % 6] || ' (' || m.title || ')',
            (ARRAY['Tuyên truyền','An sinh xã hội','Thi đua','Dân vận','Giám sát'])[1 + (k + h) % 5],
            (m."startsAt" + interval '60 days')::date,
            s.status::"DirectiveStatus",
            CASE WHEN s.status = 'DONE' THEN 'Đã hoàn thành.' END,
            CASE WHEN s.status = 'DONE' THEN m."startsAt" + interval '50 days' END,
            CASE WHEN s.status = 'DONE' THEN m."startsAt" + interval '55 days' END,
            CASE WHEN s.status = 'CANCELLED' THEN 'Không còn phù hợp.' END, now()
     FROM "Meeting" m
     JOIN "Unit" u ON u.id = m."unitId" AND u.code LIKE 'S%'
     CROSS JOIN generate_series(1, $1::int) k
     CROSS JOIN LATERAL (SELECT abs(hashtext(m.id || k)) % 100 AS h) r
     CROSS JOIN LATERAL (SELECT CASE
         WHEN m."startsAt" < now() - interval '1 year' THEN (CASE WHEN r.h < 85 THEN 'DONE' WHEN r.h < 90 THEN 'CANCELLED' ELSE 'IN_PROGRESS' END)
         ELSE (CASE WHEN r.h < 30 THEN 'OPEN' WHEN r.h < 65 THEN 'IN_PROGRESS' WHEN r.h < 95 THEN 'DONE' ELSE 'CANCELLED' END)
       END AS status) s
     WHERE m.status IN ('PUBLISHED', 'CONCLUDED')`,
    [directivesPerMeeting],
  );
  await step(
    "directive organizations (lead)",
    `INSERT INTO "DirectiveOrganization" ("directiveId", "organizationId", role)
     SELECT d.id, m."unitId" || '_o' || (1 + abs(hashtext(d.id)) % 6), 'LEAD'
     FROM "Directive" d JOIN "Meeting" m ON m.id = d."meetingId" WHERE d.id LIKE 'm_s%'`,
  );
  await step(
    "directive organizations (support)",
    `INSERT INTO "DirectiveOrganization" ("directiveId", "organizationId", role)
     SELECT d.id, m."unitId" || '_o' || (1 + (abs(hashtext(d.id)) + 1 + abs(hashtext(d.id || 's')) % 5) % 6), 'SUPPORT'
     FROM "Directive" d JOIN "Meeting" m ON m.id = d."meetingId" WHERE d.id LIKE 'm_s%'
     ON CONFLICT DO NOTHING`,
  );
  await step(
    "recommendations (provinces, last 2 years)",
    `INSERT INTO "Recommendation" (id, "reportId", "organizationId", "periodId", content, "addressedTo", status, "updatedAt")
     SELECT 'rec_' || r.id, r.id, r."organizationId", r."periodId", 'Đề nghị bố trí kinh phí hoạt động cho cơ sở.', 'UBND tỉnh',
            (CASE WHEN abs(hashtext(r.id)) % 3 = 0 THEN 'OPEN' ELSE 'ANSWERED' END)::"RecommendationStatus", now()
     FROM "UnitReport" r JOIN "Period" p ON p.id = r."periodId"
     WHERE r.id LIKE 'r_sp%' AND r."unitId" LIKE 'sp%' AND r."unitId" NOT LIKE 'sp%\\_%' AND p.year >= $1`,
    [lastYear - 1],
  );
  for (const table of TALLIED) await client.query(`ALTER TABLE ${table} ENABLE TRIGGER USER`);
  await step("tallies (recounted)", "SELECT rebuild_tallies()");
  await step("directive search vectors", "SELECT rebuild_directive_search_vectors()");
  await step("analyze", "ANALYZE");
  const counts = await client.query(`SELECT
      (SELECT count(*) FROM "Unit") AS units, (SELECT count(*) FROM "Organization") AS organizations,
      (SELECT count(*) FROM "Meeting") AS meetings, (SELECT count(*) FROM "UnitReport") AS reports,
      (SELECT count(*) FROM "Directive") AS directives`);
  console.log(counts.rows[0]);
  console.log(`Xong trong ${((Date.now() - started) / 1000).toFixed(0)} s.`);
} finally {
  // Never leave the tallies' triggers off (a failed load): the next writes must count.
  for (const table of ['"UnitReport"', '"Directive"', '"DirectiveOrganization"', '"Meeting"']) {
    await client.query(`ALTER TABLE ${table} ENABLE TRIGGER USER`).catch(() => undefined);
  }
  await client.end();
}
