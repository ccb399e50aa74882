#!/usr/bin/env node
/**
 * Measures, against a running built server, p50/p95 latency and requests per second of
 * the dashboard, the directive board, the meeting list and one meeting page with N
 * concurrent connections, signed in like a browser (next-auth csrf + credentials), and of
 * the bare signed-in frame as a reference.
 *
 *   BASE_URL=http://127.0.0.1:3000 BENCH_USERNAME=lanhdao.sp1 BENCH_PASSWORD=giaoban-demo npm run bench
 *   options: --duration 10 (seconds per page) --concurrency 32 --warmup 2
 *
 * Loopback only (the benchmark must not load a shared server); bounded duration.
 */
import { performance } from "node:perf_hooks";

function option(name, fallback) {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
}

const BASE_URL = process.env.BASE_URL ?? "http://127.0.0.1:3000";
const USERNAME = process.env.BENCH_USERNAME ?? "lanhdao";
const PASSWORD = process.env.BENCH_PASSWORD ?? process.env.DEMO_PASSWORD ?? "giaoban-demo";
const DURATION_S = Math.min(Math.max(option("duration", 10), 1), 120);
const CONCURRENCY = Math.min(Math.max(option("concurrency", 32), 1), 256);
const WARMUP_S = Math.min(Math.max(option("warmup", 2), 0), 30);

const host = new URL(BASE_URL).hostname;
if (!["127.0.0.1", "localhost", "::1", "[::1]"].includes(host)) {
  console.error(`BASE_URL phải là địa chỉ loopback (127.0.0.1/localhost), không phải ${host}.`);
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

async function get(path) {
  const response = await fetch(`${BASE_URL}${path}`, { headers: { cookie: cookieHeader() }, redirect: "manual" });
  const text = await response.text();
  return { status: response.status, text };
}

async function load(path, seconds) {
  const latencies = [];
  let errors = 0;
  const deadline = performance.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (performance.now() < deadline) {
        const t0 = performance.now();
        try {
          const { status } = await get(path);
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

await signIn();
const list = await get("/meetings");
if (list.status !== 200) throw new Error(`/meetings trả về HTTP ${list.status}`);
const meetingId = /href="\/meetings\/((?!new")[^"/?]+)"/.exec(list.text)?.[1];
const pages = [
  ["/dashboard", "/dashboard"],
  ["/directives", "/directives"],
  ["/meetings", "/meetings"],
  ...(meetingId ? [["/meetings/[id]", `/meetings/${meetingId}`]] : []),
  // The signed-in frame with a small form and no data: the floor every page above stands on.
  ["/account/password*", "/account/password"],
];

console.log(`BASE_URL=${BASE_URL} user=${USERNAME} concurrency=${CONCURRENCY} duration=${DURATION_S}s/page warmup=${WARMUP_S}s`);
const rows = [];
for (const [label, path] of pages) {
  const check = await get(path);
  if (check.status !== 200) throw new Error(`${path} trả về HTTP ${check.status}`);
  if (WARMUP_S) await load(path, WARMUP_S);
  const result = await load(path, DURATION_S);
  rows.push([
    label,
    String(result.requests),
    result.rps.toFixed(1),
    result.p50.toFixed(0),
    result.p95.toFixed(0),
    String(result.errors),
  ]);
}
const header = ["page", "requests", "req/s", "p50 ms", "p95 ms", "errors"];
const widths = header.map((_, i) => Math.max(...[header, ...rows].map((row) => row[i].length)));
const line = (row) => `| ${row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join(" | ")} |`;
console.log(line(header));
console.log(`|${widths.map((w, i) => (i === 0 ? ":" : "") + "-".repeat(w + 1) + (i === 0 ? "" : ":")).join("|")}|`);
for (const row of rows) console.log(line(row));
console.log("* tham chiếu: trang chỉ có khung (đăng nhập, menu, chuông), chi phí tối thiểu của một trang.");
