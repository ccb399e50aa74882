// Serves the built app for the end-to-end tests on a throwaway PGlite folder.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const port = process.argv[2] ?? "3100";
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "giaoban-e2e-"));
const env = {
  ...process.env,
  NODE_ENV: "production",
  PGLITE_DATA_DIR: path.join(dataDir, "pglite"),
  STORAGE_DIR: path.join(dataDir, "storage"),
  NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "e2e-secret-0123456789abcdef0123456789abcdef",
  NEXTAUTH_URL: `http://127.0.0.1:${port}`,
  SEED_DEMO: "true",
};
delete env.DATABASE_URL;
for (const script of ["scripts/migrate.ts", "prisma/seed.ts"]) {
  const result = spawnSync("npx", ["tsx", "--conditions=react-server", script], { stdio: "inherit", env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
const server = spawn(process.execPath, ["dist/serve.mjs", "-p", port, "-H", "127.0.0.1"], { stdio: "inherit", env });
const stop = () => {
  server.kill("SIGTERM");
  fs.rmSync(dataDir, { recursive: true, force: true });
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
server.on("exit", (code) => process.exit(code ?? 0));
