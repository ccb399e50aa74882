import path from "node:path";
import { defineConfig } from "prisma/config";
import { openMigrationAdapter } from "./src/server/db/migration-adapter";

// The Prisma CLI runs the WASM schema engine through a driver adapter
// (engine "js"): no native engine binary is downloaded (docs/decisions/0002).
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  adapter: openMigrationAdapter,
});
