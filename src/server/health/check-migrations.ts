import "server-only";
import { vi } from "@/messages/vi";
import { getDb } from "@/server/db/client";
import {
  APPLIED_MIGRATIONS_SQL,
  compareMigrations,
  listMigrations,
  MIGRATIONS_DIR,
  type AppliedMigration,
  type Migration,
} from "@/server/db/migrate";

/** Every migration on disk applied, unchanged, and none the code does not know. */
export async function migrationsCurrent(dir = MIGRATIONS_DIR): Promise<{ ok: boolean; problems: string[] }> {
  let applied: AppliedMigration[];
  let onDisk: Migration[];
  try {
    const db = await getDb();
    applied = await db.$queryRawUnsafe<AppliedMigration[]>(APPLIED_MIGRATIONS_SQL);
    onDisk = listMigrations(dir);
  } catch {
    return { ok: false, problems: [vi.health.migrationsUnknown] };
  }
  const { pending, problems } = compareMigrations(applied, onDisk);
  if (pending.length > 0) problems.push(vi.migrations.pending(pending.map((migration) => migration.name).join(", ")));
  return { ok: problems.length === 0, problems };
}
