import "server-only";
import { hash, verify } from "@node-rs/argon2";

// argon2id with OWASP's second recommended setting (19 MiB, 2 passes).
const OPTIONS = { memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password.normalize("NFC"), OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password.normalize("NFC"));
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;

/** A hash to verify against when the username is unknown, so timing reveals nothing. */
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword("giaoban-no-such-user-dummy");
  return dummyHash;
}
