import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { defineConfig } from "prisma/config";

// The Prisma CLI runs its WASM schema engine through a driver adapter (engine
// "js"), so no native engine binary is ever downloaded (docs/decisions/0002).
// The CLI only authors migrations (`migrate diff`); `npm run db:migrate` applies them.
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  async adapter() {
    if (process.env.DATABASE_URL) return new PrismaPg({ connectionString: process.env.DATABASE_URL });
    const db = new PGlite(process.env.PGLITE_DATA_DIR || "memory://", { extensions: { unaccent, pg_trgm } });
    return new PrismaPGlite(db);
  },
});
