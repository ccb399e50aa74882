// `npm start` (quick start from the sources): migrate, seed once, build when the sources
// changed, then serve. A production server runs the built folder instead (README "Production").
// Everything runs from node_modules; nothing is downloaded (docs/decisions/0001).
import { spawnSync, spawn } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
process.chdir(root);
if (fs.existsSync(".env")) process.loadEnvFile(".env");

const production = process.env.NODE_ENV === "production";
process.env.NODE_ENV = "production"; // the server always serves the optimized build

function ensureSecret() {
  if (process.env.NEXTAUTH_SECRET) return;
  if (production) {
    console.error("NEXTAUTH_SECRET phải được đặt khi chạy production (xem .env.example).");
    process.exit(1);
  }
  // Quick start: one random key per install, kept beside the embedded database.
  const file = path.join("data", "auth-secret");
  fs.mkdirSync("data", { recursive: true });
  if (!fs.existsSync(file)) fs.writeFileSync(file, randomBytes(32).toString("hex"), { mode: 0o600 });
  process.env.NEXTAUTH_SECRET = fs.readFileSync(file, "utf8").trim();
}

function run(command, args) {
  const result = spawnSync(command, args, { stdio: "inherit", env: process.env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function sourceStamp() {
  const hash = createHash("sha256");
  const walk = (target) => {
    if (!fs.existsSync(target)) return;
    const stat = fs.statSync(target);
    if (stat.isDirectory()) {
      for (const entry of fs.readdirSync(target).sort()) walk(path.join(target, entry));
    } else {
      hash.update(target).update(fs.readFileSync(target));
    }
  };
  for (const target of [
    "src",
    "public",
    "scripts",
    "prisma/schema.prisma",
    "package-lock.json",
    "next.config.ts",
    "postcss.config.mjs",
    "tsconfig.json",
  ])
    walk(target);
  return hash.digest("hex");
}

function buildIfNeeded() {
  const stampFile = path.join(".next", "giaoban-source-stamp");
  const stamp = sourceStamp();
  const built =
    fs.existsSync(path.join(".next", "BUILD_ID")) &&
    fs.existsSync(path.join("dist", "serve.mjs")) &&
    fs.existsSync(stampFile) &&
    fs.readFileSync(stampFile, "utf8") === stamp;
  if (built) return;
  console.log("Đang biên dịch ứng dụng (lần đầu mất khoảng một phút)…");
  run("npm", ["run", "build"]);
  fs.writeFileSync(stampFile, stamp);
}

ensureSecret();
if (!production && !process.env.SEED_DEMO) process.env.SEED_DEMO = "true";
run("npx", ["tsx", "--conditions=react-server", "scripts/migrate.ts"]);
run("npx", ["tsx", "--conditions=react-server", "prisma/seed.ts"]);
buildIfNeeded();

const port = process.env.PORT ?? "3000";
console.log(`Cổng giao ban: http://localhost:${port}`);
// The same server as production (dist/serve.mjs: JSON request logs, WEB_CONCURRENCY processes).
const server = spawn(process.execPath, ["dist/serve.mjs", "-p", port], { stdio: "inherit", env: process.env });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
