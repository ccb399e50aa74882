import { vi } from "../src/messages/vi";
import { applyMigrations, MIGRATIONS_DIR, MigrationError } from "../src/server/db/migrate";
import { openSqlRunner } from "../src/server/db/open-runner";

const { runner, close } = await openSqlRunner();
try {
  const applied = await applyMigrations(runner, MIGRATIONS_DIR, { onWait: () => console.log(vi.migrations.waiting) });
  console.log(applied.length ? vi.migrations.applied(applied.join(", ")) : vi.migrations.upToDate);
} catch (error) {
  // The operator needs the message, not a stack trace into the runner.
  if (!(error instanceof MigrationError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
} finally {
  await close();
}
