import "server-only";
import pino, { type DestinationStream } from "pino";

/**
 * One JSON line per event, for whatever collects the operator's logs (journald,
 * docker logs, a shipper). Shared by the HTTP wrapper (scripts/serve.ts) and the app's
 * error hook (src/instrumentation.ts), so every line has the same shape.
 */
export function createLogger(destination: DestinationStream = pino.destination(1)) {
  return pino(
    {
      base: { service: "giaoban", pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
    },
    destination,
  );
}

export const logger = createLogger();
