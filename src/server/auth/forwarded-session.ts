import "server-only";
import type { SessionClaims } from "./session";

/**
 * The session's claims as src/proxy.ts decoded them from the cookie, passed to the page on the
 * request (docs/decisions/0036): decoding the cookie again in the page cost a second key
 * derivation and decryption, plus next-auth's re-encoding of a cookie a page cannot set.
 * The proxy removes any header of this name the client sent, so its value is the proxy's.
 */
export const SESSION_CLAIMS_HEADER = "x-giaoban-session";

/** Puts the decoded session's claims (or none) on the request the page will see. */
export function forwardSessionClaims(headers: Headers, token: Record<string, unknown> | null): void {
  headers.delete(SESSION_CLAIMS_HEADER);
  if (token) headers.set(SESSION_CLAIMS_HEADER, JSON.stringify({ uid: token.uid, sv: token.sv }));
}

/**
 * The claims the proxy forwarded; undefined when it decoded no cookie (a public path such as the
 * sign-in page, where the page reads the cookie itself).
 */
export function forwardedSessionClaims(value: string | null): SessionClaims | undefined {
  if (value === null) return undefined;
  const claims: unknown = JSON.parse(value);
  return typeof claims === "object" && claims !== null ? (claims as SessionClaims) : null;
}
