/**
 * Runs once when the server starts: a wrong environment stops it with a clear message; on
 * the embedded database the server takes its data folder at once (a second server or a
 * script holding it stops this start) and runs the periodic jobs itself.
 */
export async function register() {
  // Inside this condition only, so that the edge bundle leaves the Node-only modules out.
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { env } = await import("./server/env");
    const config = env();
    const { startEmbeddedDatabaseDuties } = await import("./server/jobs/in-process-jobs");
    await startEmbeddedDatabaseDuties(config.NOTIFY_INTERVAL_MINUTES * 60_000);
  }
}
