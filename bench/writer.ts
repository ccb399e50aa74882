/**
 * The benchmark's writer (issue 18): commits about RATE transactions a second through the
 * application's own use cases, as people saving work would, so that every read of the
 * benchmark meets a moved database snapshot (a read-cache miss, docs/decisions/0010) and the
 * tallies' triggers run (docs/decisions/0027). Round robin over: a report draft saved
 * (saveReport), a progress note (postProgress), done proposed (proposeDone) and reopened
 * (reopenDirective) — the last three move a directive's status.
 *
 *   DATABASE_URL=postgresql://…/giaoban_scale node --import tsx --conditions=react-server bench/writer.ts [--rate 10] [--province 2]
 *
 * Runs until SIGTERM/SIGINT, then prints one JSON line: committed, failed, skipped (ticks with
 * eight writes already in flight), seconds, rate (committed per second).
 * Uses the province's `mttq.spN` (its MTTQ) and `thuky.spN` accounts of the scale seed.
 */
import { getDb } from "../src/server/db/client";
import { postProgress } from "../src/server/directives/post-progress";
import { proposeDone } from "../src/server/directives/propose-done";
import { reopenDirective } from "../src/server/directives/review-directive";
import { openReport } from "../src/server/reports/open-report";
import { saveReport } from "../src/server/reports/save-report";
import { actorOf } from "./actor-of";

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
}

const RATE = Math.min(Math.max(option("rate", 10), 1), 100);
const PROVINCE = option("province", 2);
if (!process.env.DATABASE_URL) {
  console.error("bench/writer.ts cần DATABASE_URL (PostgreSQL): PGlite chỉ mở được trong một tiến trình.");
  process.exit(2);
}

const db = await getDb();

const staff = await actorOf(db, `mttq.sp${PROVINCE}`);
const secretariat = await actorOf(db, `thuky.sp${PROVINCE}`);

// The organization's report of the latest quarter it has not submitted (opened if absent).
const period = await db.period.findFirstOrThrow({
  where: { type: "QUARTER", startDate: { lte: new Date() } },
  orderBy: { startDate: "desc" },
  select: { id: true },
});
const { id: reportId } = await openReport({ actor: staff, input: { periodId: period.id } });

// Directives the organization leads, still open, of its own unit's published meetings.
const directives = (
  await db.directive.findMany({
    where: {
      status: { in: ["OPEN", "IN_PROGRESS"] },
      meeting: { unitId: staff.unitId, status: "PUBLISHED" },
      organizations: { some: { organizationId: staff.organizationId!, role: "LEAD" } },
    },
    take: 20,
    select: { id: true },
  })
).map((row) => row.id);
if (!directives.length) throw new Error(`Không có chỉ đạo đang mở nào do ${staff.username} chủ trì.`);

const MAX_IN_FLIGHT = 8;
let tick = 0;
let reportBusy = false;
const directiveBusy = new Set<string>();
const directiveStep = new Map<string, number>();

/** The next write: the report every fifth tick (one at a time), else the next idle directive's next step. */
function nextWrite(): (() => Promise<unknown>) | null {
  tick += 1;
  if (tick % 5 === 0 && !reportBusy) {
    reportBusy = true;
    return async () => {
      try {
        const report = await db.unitReport.findUniqueOrThrow({ where: { id: reportId }, select: { version: true } });
        await saveReport({
          actor: staff,
          input: {
            reportId,
            version: report.version,
            achievements: `Bản nháp lúc ${new Date().toISOString()}`,
            shortcomings: "",
            nextTasks: "",
          },
        });
      } finally {
        reportBusy = false;
      }
    };
  }
  const directiveId = directives
    .map((_, index) => directives[(tick + index) % directives.length])
    .find((id) => !directiveBusy.has(id));
  if (!directiveId) return null;
  const step = directiveStep.get(directiveId) ?? 0;
  directiveBusy.add(directiveId);
  return async () => {
    try {
      // progress note → done proposed → reopened (IN_PROGRESS again) → …
      if (step % 3 === 0)
        await postProgress({ actor: staff, input: { directiveId, body: "Đang triển khai theo kế hoạch.", percent: "50" } });
      if (step % 3 === 1)
        await proposeDone({ actor: staff, input: { directiveId, resultSummary: "Đã hoàn thành theo kế hoạch." } });
      if (step % 3 === 2)
        await reopenDirective({ actor: secretariat, input: { directiveId, reason: "Đề nghị bổ sung kết quả." } });
    } finally {
      directiveStep.set(directiveId, step + 1);
      directiveBusy.delete(directiveId);
    }
  };
}

let committed = 0;
let failed = 0;
let skipped = 0;
let inFlight = 0;
const started = Date.now();
const timer = setInterval(() => {
  const write = inFlight < MAX_IN_FLIGHT ? nextWrite() : null;
  if (!write) {
    skipped += 1; // the rate is a ceiling: a slow database is not made to queue writes
    return;
  }
  inFlight += 1;
  write()
    .then(() => (committed += 1))
    .catch(() => (failed += 1))
    .finally(() => (inFlight -= 1));
}, 1000 / RATE);

function stop() {
  clearInterval(timer);
  const seconds = (Date.now() - started) / 1000;
  console.log(
    JSON.stringify({
      committed,
      failed,
      skipped,
      seconds: Number(seconds.toFixed(1)),
      rate: Number((committed / seconds).toFixed(1)),
    }),
  );
  // Do not wait long for the pool: a disconnect with a write in flight could hang the exit.
  setTimeout(() => process.exit(0), 2000).unref();
  void db.$disconnect().finally(() => process.exit(0));
}
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
console.log("ready");
