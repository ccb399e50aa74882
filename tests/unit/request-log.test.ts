import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger } from "@/server/logging/logger";
import { requestLogEntry, requestLogLevel } from "@/server/logging/request-log";

function collectingLogger() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split("\n").filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { logger: createLogger(stream), lines };
}

const base = {
  requestId: "7c1e0a52-3a1f-4c39-9d38-2f7e4d1b8a10",
  method: "GET",
  url: "/meetings/abc?q=bí+mật&callbackUrl=/x",
  status: 200,
  startedAt: 1_000_000_000n,
  endedAt: 1_012_345_678n,
  userId: "cuser123",
};

describe("request log line", () => {
  it("has the request id, method, path without query, status, duration in ms and the user", () => {
    expect(requestLogEntry(base)).toEqual({
      requestId: base.requestId,
      method: "GET",
      path: "/meetings/abc",
      status: 200,
      durationMs: 12.3,
      userId: "cuser123",
    });
  });

  it("records a signed-out request with a null user and caps a huge path", () => {
    const entry = requestLogEntry({ ...base, url: `/${"a".repeat(5000)}`, userId: undefined });
    expect(entry.userId).toBeNull();
    expect(entry.path.length).toBeLessThanOrEqual(513);
  });

  it("is one JSON line on the stream with level, ISO time and the fields at the top", () => {
    const { logger, lines } = collectingLogger();
    const entry = requestLogEntry({ ...base, status: 503 });
    logger[requestLogLevel(entry.status)](entry, "request");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: "error", service: "giaoban", msg: "request", ...entry });
    expect(new Date(String(lines[0].time)).toISOString()).toBe(lines[0].time);
    expect(requestLogLevel(404)).toBe("info");
  });

  it("logs an error with its message and stack", () => {
    const { logger, lines } = collectingLogger();
    logger.error({ err: new Error("hỏng"), requestId: base.requestId }, "request failed");
    const err = lines[0].err as { message: string; stack: string; type: string };
    expect(err.message).toBe("hỏng");
    expect(err.type).toBe("Error");
    expect(err.stack).toContain("request-log.test.ts");
  });
});
