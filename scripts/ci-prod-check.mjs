// CI's check of the production path, without containers, following the Dockerfile's
// steps: copy the built standalone folder, `npm ci --omit=dev` in it, start it with
// migrations against a fresh PostgreSQL database, then check health, a sign-in and the
// request log, and stop it. Writes the checks to a JSON report for scripts/ci-summary.mjs.
//   node scripts/ci-prod-check.mjs [--report FILE] [--port 3101]
// ADMIN_DATABASE_URL (default postgresql://postgres@127.0.0.1:5432/postgres) creates the database.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";

const { values } = parseArgs({ options: { report: { type: "string" }, port: { type: "string", default: "3101" } } });
const root = path.resolve(import.meta.dirname, "..");
const standalone = path.join(root, ".next", "standalone");
const adminUrl = process.env.ADMIN_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const database = `giaoban_prod_check_${process.pid}`;
const base = `http://127.0.0.1:${values.port}`;
const started = Date.now();
const checks = [];
const seconds = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;

function check(name, ok, detail = "") {
  checks.push({ name, ok });
  console.log(`${ok ? "ok  " : "FAIL"} ${name}${detail ? ` (${detail})` : ""} [${seconds()}]`);
  return ok;
}

async function admin(sql) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * The first complete JSON log line that matches, waiting for it: the server writes its request
 * line after the response has gone out, and on a loaded machine that can take a while; a line
 * still being written (no newline yet) is not parsed.
 */
async function waitForLogLine(matches, deadline) {
  for (;;) {
    const lines = output.join("").split("\n").slice(0, -1);
    for (const text of lines) {
      if (!text.startsWith("{")) continue;
      try {
        const entry = JSON.parse(text);
        if (matches(entry)) return entry;
      } catch {
        // Not one of the server's JSON lines (e.g. a library's own output that starts with a brace).
      }
    }
    if (Date.now() >= deadline) return undefined;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function waitForHealth(server, deadline) {
  while (Date.now() < deadline && server.exitCode === null) {
    try {
      const response = await fetch(`${base}/api/health`);
      if (response.ok) return response;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  return undefined;
}

/** Cookies from Set-Cookie headers, as one Cookie header (name=value only). */
function cookieHeader(...responses) {
  return responses
    .flatMap((response) => response.headers.getSetCookie())
    .map((cookie) => cookie.split(";")[0])
    .join("; ");
}

async function signIn(username, password) {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = await csrf.json();
  const callback = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookieHeader(csrf) },
    body: new URLSearchParams({ csrfToken, username, password, callbackUrl: `${base}/`, json: "true" }),
  });
  return cookieHeader(csrf, callback);
}

const app = fs.mkdtempSync(path.join(os.tmpdir(), "giaoban-prod-"));
let server;
const output = [];
try {
  if (!check("standalone build present", fs.existsSync(path.join(standalone, "dist", "serve.mjs")))) {
    throw new Error("run npm run build first");
  }
  // Without the traced node_modules of the build: only the production install is there.
  const traced = path.join(standalone, "node_modules");
  fs.cpSync(standalone, app, { recursive: true, filter: (source) => source !== traced });
  const install = spawnSync("npm", ["ci", "--omit=dev", "--no-audit", "--no-fund"], { cwd: app, stdio: "inherit" });
  check("npm ci --omit=dev", install.status === 0);
  check("no devDependency installed", !fs.existsSync(path.join(app, "node_modules", "tsx")));

  await admin(`CREATE DATABASE ${database}`);
  const env = {
    ...process.env,
    NODE_ENV: "production",
    DATABASE_URL: adminUrl.replace(/\/[^/]*$/, `/${database}`),
    NEXTAUTH_SECRET: randomBytes(32).toString("hex"),
    NEXTAUTH_URL: base,
    STORAGE_DIR: path.join(app, "storage"),
    SEED_DEMO: "true",
    PORT: values.port,
    HOST: "127.0.0.1",
  };
  server = spawn(process.execPath, ["dist/serve.mjs", "--migrate"], { cwd: app, env, stdio: ["ignore", "pipe", "inherit"] });
  server.stdout.on("data", (chunk) => {
    process.stdout.write(chunk);
    output.push(String(chunk));
  });

  const health = await waitForHealth(server, Date.now() + 300_000);
  if (!check("GET /api/health answers 200", health !== undefined)) throw new Error("the server did not become healthy");
  check("the response carries x-request-id", Boolean(health.headers.get("x-request-id")));

  const cookie = await signIn("admin", process.env.DEMO_PASSWORD ?? "giaoban-demo");
  const session = await (await fetch(`${base}/api/auth/session`, { headers: { cookie } })).json();
  check("sign-in through /api/auth/callback/credentials gives a session", Boolean(session?.user));

  const home = await fetch(`${base}/`, { headers: { cookie }, redirect: "manual" });
  check("the signed-in home page answers 200", home.status === 200, `status ${home.status}`);
  check("the internal user header is not sent", !home.headers.has("x-giaoban-user"));
  const requestId = home.headers.get("x-request-id");
  const line = await waitForLogLine((entry) => entry.requestId === requestId && entry.msg === "request", Date.now() + 15_000);
  check(
    "the request log line names method, path, status, duration and user",
    line?.method === "GET" &&
      line.path === "/" &&
      line.status === 200 &&
      line.durationMs >= 0 &&
      typeof line.userId === "string" &&
      line.userId.length > 0,
  );
} catch (error) {
  check(String(error instanceof Error ? error.message : error), false);
} finally {
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server.once("exit", resolve));
    server.kill("SIGTERM");
    await exited;
  }
  await admin(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`).catch((error) => console.error(error.message));
  fs.rmSync(app, { recursive: true, force: true });
}

const failed = checks.filter((item) => !item.ok).length;
console.log(`Production path: ${checks.length - failed} of ${checks.length} checks passed in ${seconds()}.`);
if (values.report) fs.writeFileSync(values.report, JSON.stringify({ checks }, null, 2));
process.exit(failed ? 1 : 0);
