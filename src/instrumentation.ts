import type { Instrumentation } from "next";

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

/** Every error Next.js catches while rendering or handling a request: one log line with its stack. */
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  // The logger writes to stdout through Node streams; the edge runtime has neither.
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { logger } = await import("./server/logging/logger");
  const { REQUEST_ID_HEADER } = await import("./server/logging/request-log");
  logger.error(
    {
      err: error,
      requestId: request.headers[REQUEST_ID_HEADER] ?? null,
      method: request.method,
      path: request.path.split("?")[0],
      route: context.routePath,
      routeType: context.routeType,
    },
    "request failed",
  );
};
