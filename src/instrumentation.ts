/**
 * Runs once when the server starts: a wrong environment stops it with a clear message; on
 * the embedded database the server takes its data folder at once (a second server or a
 * script holding it stops this start) and runs the periodic jobs itself.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { env } = await import("./server/env");
  const config = env();
  // `next build` loads this file in its prerendering workers: they must not take the database.
  if (process.env.NEXT_PHASE === "phase-production-build" || process.env.DATABASE_URL) return;
  const { getDb } = await import("./server/db/client");
  await getDb();
  const { startInProcessJobs } = await import("./server/jobs/in-process-jobs");
  startInProcessJobs({ intervalMs: config.NOTIFY_INTERVAL_MINUTES * 60_000 });
}
