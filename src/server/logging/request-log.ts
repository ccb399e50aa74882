import "server-only";

/**
 * The signed-in user's id, set on the response by src/proxy.ts (it already decodes the
 * session cookie) and removed by the HTTP wrapper before the response leaves the server.
 */
export const USER_HEADER = "x-giaoban-user";
export const REQUEST_ID_HEADER = "x-request-id";

// A pasted megabyte of URL must not become a megabyte of log.
const MAX_PATH_LENGTH = 512;

export interface RequestLogEntry {
  requestId: string;
  method: string;
  path: string;
  status: number;
  durationMs: number;
  userId: string | null;
}

/**
 * The fields of a request's log line. The query string is left out: it can carry
 * search terms and callback URLs that do not belong in an operator's log.
 */
export function requestLogEntry(input: {
  requestId: string;
  method: string | undefined;
  url: string | undefined;
  status: number;
  startedAt: bigint;
  endedAt: bigint;
  userId: string | undefined;
}): RequestLogEntry {
  const url = input.url ?? "";
  const queryAt = url.indexOf("?");
  const path = queryAt >= 0 ? url.slice(0, queryAt) : url;
  return {
    requestId: input.requestId,
    method: input.method ?? "",
    path: path.length > MAX_PATH_LENGTH ? `${path.slice(0, MAX_PATH_LENGTH)}…` : path,
    status: input.status,
    durationMs: Math.round(Number(input.endedAt - input.startedAt) / 100_000) / 10,
    userId: input.userId || null,
  };
}

/** Server errors are errors, client mistakes are ordinary traffic. */
export function requestLogLevel(status: number): "info" | "error" {
  return status >= 500 ? "error" : "info";
}
