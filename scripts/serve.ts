/**
 * The production server: Next.js's request handler inside a plain Node HTTP server that
 * writes one JSON log line per request (method, path, status, duration, user, request id)
 * and returns the request id as `x-request-id` (docs/decisions/0017). With
 * WEB_CONCURRENCY > 1 that many processes share the port (node:cluster; PostgreSQL only).
 *
 * Built into dist/serve.mjs by `npm run build`; run it from the app folder (the project,
 * or the standalone folder with its own node_modules):
 *   node dist/serve.mjs [--migrate] [-p PORT] [-H HOST]
 * --migrate first applies the migrations and seeds the demo data when SEED_DEMO=true.
 */
import { spawnSync } from "node:child_process";
import cluster from "node:cluster";
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { parseArgs } from "node:util";
import next from "next";
import { logger } from "../src/server/logging/logger";
import { REQUEST_ID_HEADER, USER_HEADER, requestLogEntry, requestLogLevel } from "../src/server/logging/request-log";

const { values } = parseArgs({
  options: {
    port: { type: "string", short: "p" },
    hostname: { type: "string", short: "H" },
    migrate: { type: "boolean", default: false },
  },
});
const port = Number(values.port ?? process.env.PORT ?? 3000);
// Not HOSTNAME: Docker sets that to the container's name.
const hostname = values.hostname ?? process.env.HOST ?? "0.0.0.0";
const SHUTDOWN_GRACE_MS = 10_000;

/** Server processes sharing the port (WEB_CONCURRENCY); the embedded database allows only one. */
function serverProcesses(): number {
  const raw = process.env.WEB_CONCURRENCY ?? "1";
  const count = Number(raw);
  if (!Number.isInteger(count) || count < 1 || count > 64) {
    console.error(`WEB_CONCURRENCY phải là số nguyên từ 1 đến 64 (đang là "${raw}").`);
    process.exit(1);
  }
  if (count > 1 && !process.env.DATABASE_URL) {
    console.error("WEB_CONCURRENCY lớn hơn 1 cần DATABASE_URL: cơ sở dữ liệu nhúng (PGlite) chỉ mở được trong một tiến trình.");
    process.exit(1);
  }
  return count;
}

/** Migrations and the optional demo seed, each in its own process, before any server opens the database. */
function prepareDatabase() {
  for (const script of ["migrate.mjs", "seed.mjs"]) {
    const result = spawnSync(process.execPath, [path.join(import.meta.dirname, script)], { stdio: "inherit" });
    if (result.status !== 0) process.exit(result.status ?? 1);
  }
}

/** Keeps the user id header for the log line and removes it before the response leaves. */
function captureUser(res: http.ServerResponse): () => string | undefined {
  let userId: string | undefined;
  const writeHead = res.writeHead;
  res.writeHead = function (this: http.ServerResponse, ...args: Parameters<typeof writeHead>) {
    const value = res.getHeader(USER_HEADER);
    if (value !== undefined) {
      userId = String(value);
      res.removeHeader(USER_HEADER);
    }
    return writeHead.apply(this, args);
  } as typeof writeHead;
  return () => userId;
}

async function serve() {
  const dir = process.cwd();
  // The configuration the build resolved, as .next/standalone/server.js uses it: the
  // server needs neither next.config.ts nor a TypeScript loader.
  const { config } = JSON.parse(fs.readFileSync(path.join(dir, ".next", "required-server-files.json"), "utf8"));
  process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(config);
  const app = next({ dev: false, dir, hostname, port, conf: config });
  await app.prepare();
  const handle = app.getRequestHandler();

  const server = http.createServer((req, res) => {
    const startedAt = process.hrtime.bigint();
    const requestId = randomUUID();
    // Seen by the app's error hook (src/instrumentation.ts), so its line carries the same id.
    req.headers[REQUEST_ID_HEADER] = requestId;
    res.setHeader(REQUEST_ID_HEADER, requestId);
    const userId = captureUser(res);
    res.once("close", () => {
      const entry = requestLogEntry({
        requestId,
        method: req.method,
        url: req.url,
        status: res.statusCode,
        startedAt,
        endedAt: process.hrtime.bigint(),
        userId: userId(),
      });
      logger[requestLogLevel(entry.status)](res.writableFinished ? entry : { ...entry, aborted: true }, "request");
    });
    handle(req, res).catch((error: unknown) => {
      logger.error({ err: error, requestId }, "request handler failed");
      if (!res.headersSent) res.statusCode = 500;
      res.end();
    });
  });
  server.listen(port, hostname, () => logger.info({ port, hostname }, "listening"));

  const stop = () => {
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), SHUTDOWN_GRACE_MS).unref();
  };
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
}

function superviseWorkers(count: number) {
  let stopping = false;
  for (let index = 0; index < count; index += 1) cluster.fork();
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) return;
    logger.error({ workerPid: worker.process.pid, code, signal }, "server process stopped; restarting");
    cluster.fork();
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      stopping = true;
      for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
    });
  }
}

if (cluster.isPrimary) {
  const processes = serverProcesses();
  if (values.migrate) prepareDatabase();
  if (processes > 1) superviseWorkers(processes);
  else await serve();
} else {
  await serve();
}
