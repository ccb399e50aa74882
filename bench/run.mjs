#!/usr/bin/env node
/**
 * Speed as ratios (issue 18). In one run, against a built server: a bare Next.js page built
 * with the same versions (bench/floor, no database, no session), the signed-in frame
 * (/account/password) and every main page, at each number of connections, without and
 * with a writer committing about 10 transactions a second through the use cases
 * (bench/writer.ts). Prints req/s, p50, p95, HTML bytes, and each page's ratios to the
 * frame and to the floor measured in the same phase, so the figures survive a noisy machine.
 *
 *   BASE_URL=http://127.0.0.1:3206 BENCH_USERNAME=lanhdao.sp1 \
 *   FLOOR_URL=http://127.0.0.1:3207 WRITER_DATABASE_URL=postgresql://…/giaoban_scale \
 *     npm run bench -- --duration 5 --warmup 1 --connections 1,8,32
 *
 * options: --duration S (per page and phase) --warmup S --connections 1,8,32
 *          --writer both|off|on (default both when WRITER_DATABASE_URL is set, else off)
 *          --pages dashboard,directives,… (labels below; default all) --json FILE
 *          --rounds N: every page N times in turn per phase; each figure is the median over the
 *          rounds, each ratio the median of the rounds' own ratios (with their range), because
 *          one round on a shared 2-core machine moved a ratio by ±0.15
 * FLOOR_URL: a running floor (`npx next start bench/floor -p 3207`); without it the
 * floor is started here on FLOOR_PORT (default 3207) when bench/floor/.next exists.
 * The writer needs PostgreSQL: PGlite opens its data folder in one process only, so on the
 * embedded database run `--writer off` (the PGlite mode of the issue).
 *
 * Loopback only (the benchmark must not load a shared server); bounded duration.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), "..");

function option(name, fallback) {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : fallback;
}
const bounded = (value, min, max) => Math.min(Math.max(Number(value), min), max);

const BASE_URL = process.env.BASE_URL ?? "http://127.0.0.1:3000";
const USERNAME = process.env.BENCH_USERNAME ?? "lanhdao";
const PASSWORD = process.env.BENCH_PASSWORD ?? process.env.DEMO_PASSWORD ?? "giaoban-demo";
const DURATION_S = bounded(option("duration", 5), 1, 120);
const WARMUP_S = bounded(option("warmup", 1), 0, 30);
const CONNECTIONS = String(option("connections", "1,8,32"))
  .split(",")
  .map((value) => bounded(value, 1, 256));
const WRITER_URL = process.env.WRITER_DATABASE_URL;
const WRITER = option("writer", WRITER_URL ? "both" : "off");
const PHASES = WRITER === "both" ? [false, true] : [WRITER === "on"];
const ONLY = option("pages", "");
const JSON_FILE = option("json", "");
const SEARCH_WORDS = process.env.BENCH_SEARCH ?? "tuyên truyền";
const ROUNDS = bounded(option("rounds", 1), 1, 20);

for (const url of [BASE_URL, process.env.FLOOR_URL].filter(Boolean)) {
  const host = new URL(url).hostname;
  if (!["127.0.0.1", "localhost", "::1", "[::1]"].includes(host)) {
    console.error(`BASE_URL/FLOOR_URL phải là địa chỉ loopback (127.0.0.1/localhost), không phải ${host}.`);
    process.exit(2);
  }
}
if (PHASES.includes(true) && !WRITER_URL) {
  console.error("--writer on cần WRITER_DATABASE_URL (PostgreSQL của máy chủ đang đo).");
  process.exit(2);
}

/** A tiny cookie jar: name → value from Set-Cookie headers. */
const jar = new Map();
function keep(response) {
  for (const line of response.headers.getSetCookie?.() ?? []) {
    const [pair] = line.split(";");
    const eq = pair.indexOf("=");
    jar.set(pair.slice(0, eq).trim(), pair.slice(eq + 1));
  }
}
const cookieHeader = () => [...jar].map(([name, value]) => `${name}=${value}`).join("; ");

async function signIn() {
  const csrfResponse = await fetch(`${BASE_URL}/api/auth/csrf`);
  keep(csrfResponse);
  const { csrfToken } = await csrfResponse.json();
  const body = new URLSearchParams({ csrfToken, username: USERNAME, password: PASSWORD, json: "true", callbackUrl: BASE_URL });
  const response = await fetch(`${BASE_URL}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookieHeader() },
    body,
    redirect: "manual",
  });
  keep(response);
  if (![...jar.keys()].some((name) => name.includes("session-token"))) {
    throw new Error(`Đăng nhập thất bại cho ${USERNAME} (HTTP ${response.status}).`);
  }
}

async function get(url, signedIn = true) {
  const response = await fetch(url, { headers: signedIn ? { cookie: cookieHeader() } : {}, redirect: "manual" });
  const text = await response.text();
  return { status: response.status, text };
}

async function load(url, signedIn, connections, seconds) {
  const latencies = [];
  let errors = 0;
  const deadline = performance.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < deadline) {
        const t0 = performance.now();
        try {
          const { status } = await get(url, signedIn);
          if (status !== 200) errors += 1;
        } catch {
          errors += 1;
        }
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const pick = (q) => (latencies.length ? latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] : NaN);
  return { requests: latencies.length, rps: latencies.length / elapsed, p50: pick(0.5), p95: pick(0.95), errors };
}

async function waitFor(url, seconds) {
  const until = Date.now() + seconds * 1000;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not yet */
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} không trả lời sau ${seconds} s.`);
}

const children = [];
process.on("exit", () => children.forEach((child) => child.kill("SIGTERM")));

async function startFloor() {
  if (process.env.FLOOR_URL) return process.env.FLOOR_URL;
  if (!fs.existsSync(path.join(root, "bench/floor/.next"))) {
    console.error("Không có trang nền: đặt FLOOR_URL hoặc build trước: npx next build bench/floor");
    return null;
  }
  const port = process.env.FLOOR_PORT ?? "3207";
  const child = spawn(
    process.execPath,
    [path.join(root, "node_modules/next/dist/bin/next"), "start", "bench/floor", "-p", port, "-H", "127.0.0.1"],
    {
      cwd: root,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
      stdio: "ignore",
    },
  );
  children.push(child);
  const url = `http://127.0.0.1:${port}`;
  await waitFor(`${url}/`, 60);
  return url;
}

/** Starts bench/writer.ts and resolves once it is writing; stop() resolves with its summary. */
async function startWriter() {
  const child = spawn(process.execPath, ["--import", "tsx", "--conditions=react-server", "bench/writer.ts", "--rate", "10"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: WRITER_URL, NODE_NO_WARNINGS: "1" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  children.push(child);
  let out = "";
  await new Promise((resolve, reject) => {
    child.stdout.on("data", (chunk) => {
      out += chunk;
      if (out.includes("ready")) resolve();
    });
    child.on("exit", (code) => reject(new Error(`bench/writer.ts dừng (mã ${code}).`)));
  });
  return {
    stop: () =>
      new Promise((resolve) => {
        child.removeAllListeners("exit");
        child.on("exit", () => {
          const line = out.split("\n").find((row) => row.startsWith("{"));
          resolve(line ? JSON.parse(line) : null);
        });
        child.kill("SIGTERM");
      }),
  };
}

await signIn();
const floorUrl = await startFloor();
const href = (html, pattern) => pattern.exec(html)?.[1];
const meetings = await get(`${BASE_URL}/meetings`);
if (meetings.status !== 200) throw new Error(`/meetings trả về HTTP ${meetings.status}`);
const meetingId = href(meetings.text, /href="\/meetings\/((?!new")[^"/?]+)"/);
const reports = await get(`${BASE_URL}/reports`);
const reportId = href(reports.text, /href="\/reports\/((?!matrix"|digest")[^"/?#]+)"/);
const directives = await get(`${BASE_URL}/directives`);
const directiveId = href(directives.text, /href="\/directives\/([^"/?#]+)"/);

const PAGES = [
  ["floor", floorUrl ? `${floorUrl}/` : null, false],
  ["frame", `${BASE_URL}/account/password`, true],
  ["home", `${BASE_URL}/`, true],
  ["dashboard", `${BASE_URL}/dashboard`, true],
  ["directives", `${BASE_URL}/directives`, true],
  ["directive", directiveId ? `${BASE_URL}/directives/${directiveId}` : null, true],
  ["search", `${BASE_URL}/directives?q=${encodeURIComponent(SEARCH_WORDS)}`, true],
  ["meetings", `${BASE_URL}/meetings`, true],
  ["meeting", meetingId ? `${BASE_URL}/meetings/${meetingId}` : null, true],
  ["reports", `${BASE_URL}/reports`, true],
  ["report", reportId ? `${BASE_URL}/reports/${reportId}` : null, true],
  ["matrix", `${BASE_URL}/reports/matrix`, true],
  ["digest", `${BASE_URL}/reports/digest`, true],
].filter(([label, url]) => url && (!ONLY || ["floor", "frame", ...ONLY.split(",")].includes(label)));

const bytes = new Map();
for (const [label, url, signedIn] of PAGES) {
  const check = await get(url, signedIn);
  if (check.status !== 200) throw new Error(`${url} trả về HTTP ${check.status}`);
  bytes.set(label, Buffer.byteLength(check.text));
}

console.log(
  `BASE_URL=${BASE_URL} user=${USERNAME} floor=${floorUrl ?? "—"} connections=${CONNECTIONS.join(",")} ` +
    `duration=${DURATION_S}s/page warmup=${WARMUP_S}s writer=${WRITER}`,
);
const results = [];
for (const writing of PHASES) {
  const writer = writing ? await startWriter() : null;
  for (const connections of CONNECTIONS) {
    const rounds = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      const rows = [];
      for (const [label, url, signedIn] of PAGES) {
        if (WARMUP_S) await load(url, signedIn, connections, WARMUP_S);
        rows.push({ label, ...(await load(url, signedIn, connections, DURATION_S)) });
      }
      rounds.push(rows);
    }
    const median = (values) => {
      const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
      return sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)] : NaN;
    };
    const ratiosOf = (label, field, to) =>
      rounds.map((rows) => {
        const row = rows.find((candidate) => candidate.label === label);
        const base = rows.find((candidate) => candidate.label === to);
        return row && base ? row[field] / base[field] : NaN;
      });
    const rows = PAGES.map(([label]) => {
      const own = rounds.map((rows) => rows.find((row) => row.label === label));
      return {
        label,
        requests: own.reduce((sum, row) => sum + row.requests, 0),
        rps: median(own.map((row) => row.rps)),
        p50: median(own.map((row) => row.p50)),
        p95: median(own.map((row) => row.p95)),
        errors: own.reduce((sum, row) => sum + row.errors, 0),
        toFrame: ratiosOf(label, "rps", "frame"),
        p95ToFrame: ratiosOf(label, "p95", "frame"),
        toFloor: ratiosOf(label, "rps", "floor"),
      };
    });
    const ratio = (values) => {
      const finite = values.filter((value) => Number.isFinite(value));
      if (!finite.length) return "—";
      const middle = median(finite).toFixed(2);
      return ROUNDS > 1 ? `${middle} (${Math.min(...finite).toFixed(2)}–${Math.max(...finite).toFixed(2)})` : middle;
    };
    const table = rows.map((row) => [
      row.label,
      row.rps.toFixed(1),
      row.p50.toFixed(0),
      row.p95.toFixed(0),
      (bytes.get(row.label) / 1024).toFixed(1),
      ratio(row.toFrame),
      ratio(row.p95ToFrame),
      ratio(row.toFloor),
      String(row.errors),
    ]);
    const rounded = ROUNDS > 1 ? `, median of ${ROUNDS} rounds` : "";
    console.log(
      `\n${writing ? "with the writer" : "no writer"}, ${connections} connection${connections > 1 ? "s" : ""}${rounded}`,
    );
    const header = ["page", "req/s", "p50 ms", "p95 ms", "HTML kB", "req/s ÷ frame", "p95 ÷ frame", "req/s ÷ floor", "errors"];
    const widths = header.map((_, i) => Math.max(...[header, ...table].map((row) => row[i].length)));
    const line = (row) =>
      `| ${row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join(" | ")} |`;
    console.log(line(header));
    console.log(`|${widths.map((w, i) => (i === 0 ? ":" : "") + "-".repeat(w + 1) + (i === 0 ? "" : ":")).join("|")}|`);
    for (const row of table) console.log(line(row));
    results.push({ writing, connections, rows: rows.map((row) => ({ ...row, htmlBytes: bytes.get(row.label) })) });
  }
  if (writer) {
    const summary = await writer.stop();
    console.log(`writer: ${JSON.stringify(summary)}`);
    results.at(-1).writer = summary;
  }
}
if (JSON_FILE) {
  fs.mkdirSync(path.dirname(JSON_FILE), { recursive: true });
  fs.writeFileSync(JSON_FILE, JSON.stringify({ at: new Date().toISOString(), results }, null, 2));
}
process.exit(0);
