/**
 * npm run restore -- FILE.tar.gz
 * Restores an archive of `npm run backup` into an empty database (PGlite or DATABASE_URL)
 * and an empty STORAGE_DIR, then checks both against the archive's manifest. The portal
 * must be stopped: on the embedded database the lock refuses otherwise.
 */
import { backupSummary } from "../src/server/backup/manifest";
import { restoreBackup } from "../src/server/backup/restore-backup";
import { env } from "../src/server/env";
import { vi } from "@/messages/vi";
import { runArchiveCommand, withConfiguredDatabase } from "./archive-command";

await runArchiveCommand(vi.ops.restoreUsage, async (file) => {
  const storageDir = env().STORAGE_DIR;
  const summary = backupSummary(await withConfiguredDatabase((db) => restoreBackup({ db, storageDir, file })));
  return vi.ops.restoreDone(summary.tables, summary.rows, summary.files);
});
