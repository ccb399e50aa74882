import "server-only";
import { createHash, randomBytes } from "node:crypto";

/** A new secret for a feed address, and the only thing the database keeps of it. */
export function newCalendarToken(): { token: string; tokenHash: string } {
  const token = randomBytes(24).toString("base64url");
  return { token, tokenHash: hashCalendarToken(token) };
}

export const hashCalendarToken = (token: string) => createHash("sha256").update(token).digest("hex");
