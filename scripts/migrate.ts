import { vi } from "@/messages/vi";
import { DataDirLockedError } from "../src/server/db/data-dir-lock";
import { applyMigrations, MIGRATIONS_DIR, MigrationError } from "../src/server/db/migrate";
import { openSqlRunner } from "../src/server/db/open-runner";

// The operator needs the message, not a stack trace into the runner or the lock.
function reportOperatorError(error: unknown): void {
  if (!(error instanceof MigrationError || error instanceof DataDirLockedError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}

try {
  const { runner, close } = await openSqlRunner();
  try {
    const applied = await applyMigrations(runner, MIGRATIONS_DIR, { onWait: () => console.log(vi.migrations.waiting) });
    console.log(applied.length ? vi.migrations.applied(applied.join(", ")) : vi.migrations.upToDate);
  } finally {
    await close();
  }
} catch (error) {
  reportOperatorError(error);
}
