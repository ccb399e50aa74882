import "server-only";
import type { SessionClaims } from "./session";

/**
 * The session's claims as src/proxy.ts decoded them from the cookie, passed to the page on the
 * request (docs/decisions/0036): decoding the cookie again in the page cost a second key
 * derivation and decryption, plus next-auth's re-encoding of a cookie a page cannot set.
 * The proxy removes any header of this name the client sent, and the value carries a secret of
 * this process, so a header that did not come from this process's proxy is ignored.
 */
export const SESSION_CLAIMS_HEADER = "x-giaoban-session";

const holder = globalThis as unknown as { giaobanProxySecret?: string };
const processSecret = () => (holder.giaobanProxySecret ??= crypto.randomUUID());

/** Puts the decoded session's claims (or none) on the request the page will see. */
export function forwardSessionClaims(headers: Headers, token: Record<string, unknown> | null): void {
  headers.delete(SESSION_CLAIMS_HEADER);
  if (token) headers.set(SESSION_CLAIMS_HEADER, `${processSecret()} ${JSON.stringify({ uid: token.uid, sv: token.sv })}`);
}

/**
 * The claims this process's proxy forwarded; undefined when it decoded no cookie (a public path
 * such as the sign-in page) or the header is not its own: the page then reads the cookie itself.
 */
export function forwardedSessionClaims(value: string | null): SessionClaims | undefined {
  const prefix = `${processSecret()} `;
  if (value === null || !value.startsWith(prefix)) return undefined;
  const claims: unknown = JSON.parse(value.slice(prefix.length));
  return typeof claims === "object" && claims !== null ? (claims as SessionClaims) : null;
}
