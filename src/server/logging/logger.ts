import "server-only";
import pino from "pino";

/**
 * One JSON line per event on stdout, for whatever collects the operator's logs
 * (journald, docker logs, a shipper). Shared by the HTTP wrapper (scripts/serve.ts)
 * and the app's error hook (src/instrumentation.ts), so every line has the same shape.
 */
export const logger = pino({
  base: { service: "giaoban", pid: process.pid },
  timestamp: pino.stdTimeFunctions.isoTime,
  formatters: { level: (label) => ({ level: label }) },
});
