import "server-only";
import hkdf from "@panva/hkdf";
import { jwtDecrypt } from "jose";
import type { JWT, JWTDecodeParams } from "next-auth/jwt";

/**
 * next-auth's own `decode`, with the encryption key derived once per secret instead of on
 * every call: its HKDF went through the thread pool on each request and cost more than the
 * decryption itself (docs/decisions/0042). The token is still decrypted, authenticated and
 * checked for expiry on every request, with next-auth's parameters (A256GCM, direct key,
 * 15 s clock tolerance, key info string).
 */
const derived = new Map<string, Promise<Uint8Array>>();

function encryptionKey(secret: string, salt: string): Promise<Uint8Array> {
  const id = `${salt}\0${secret}`;
  let key = derived.get(id);
  if (!key) {
    key = hkdf("sha256", secret, salt, `NextAuth.js Generated Encryption Key${salt ? ` (${salt})` : ""}`, 32);
    derived.set(id, key);
  }
  return key;
}

export async function decodeSessionCookie({ token, secret, salt = "" }: JWTDecodeParams): Promise<JWT | null> {
  if (!token) return null;
  const { payload } = await jwtDecrypt(token, await encryptionKey(String(secret), salt), { clockTolerance: 15 });
  return payload as JWT;
}
