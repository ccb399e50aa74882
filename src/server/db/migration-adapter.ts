import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { openPglite } from "./pglite";

/** The adapter the Prisma CLI migrates through: the server when DATABASE_URL is set, else PGlite. */
export async function openMigrationAdapter() {
  const url = process.env.DATABASE_URL;
  if (url) return new PrismaPg({ connectionString: url });
  return new PrismaPGlite(await openPglite());
}
