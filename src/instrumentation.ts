import type { Instrumentation } from "next";

/** Runs once when the server starts: a wrong environment stops it with a clear message. */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { env } = await import("./server/env");
    env();
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
