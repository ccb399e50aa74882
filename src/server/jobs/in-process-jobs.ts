import "server-only";
import { getDb } from "@/server/db/client";
import { generateNotifications } from "@/server/notifications/run-notification-job";
import { vi } from "@/messages/vi";
import { startSchedule, type Schedule } from "./scheduler";

const holder = globalThis as unknown as { giaobanJobs?: Schedule };

/**
 * On the embedded database the periodic jobs run inside the server: it is the only process
 * allowed to open the database (data-dir-lock.ts), so cron cannot. On PostgreSQL they run
 * from cron instead (`npm run jobs:notify`), once for all server processes. Returns the
 * schedule, or null when the jobs belong to cron.
 */
export function startInProcessJobs({
  intervalMs,
  // Leaves the start-up to the first requests; the job is idempotent, so when it first runs matters little.
  firstDelayMs = 30_000,
}: {
  intervalMs: number;
  firstDelayMs?: number;
}): Schedule | null {
  if (process.env.DATABASE_URL) return null;
  holder.giaobanJobs ??= startSchedule({
    intervalMs,
    firstDelayMs,
    job: async () => {
      const result = await generateNotifications(new Date());
      if (result.created > 0) console.log(vi.ops.notifyJobDone(result.considered, result.created));
    },
    onError: (error) => console.error(vi.ops.notifyJobFailed(error instanceof Error ? error.message : String(error))),
  });
  return holder.giaobanJobs;
}

export async function stopInProcessJobs(): Promise<void> {
  await holder.giaobanJobs?.stop();
  holder.giaobanJobs = undefined;
}

/**
 * At server start on the embedded database: takes the data folder now, so that a second
 * server (or a script holding it) stops this start rather than a later request, then
 * schedules the jobs. `next build` loads the instrumentation in its prerendering workers:
 * they must not take the folder.
 */
export async function startEmbeddedDatabaseDuties(intervalMs: number): Promise<void> {
  if (process.env.DATABASE_URL || process.env.NEXT_PHASE === "phase-production-build") return;
  await getDb();
  startInProcessJobs({ intervalMs });
}
