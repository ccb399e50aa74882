import "server-only";
import type { PrismaClient } from "@prisma/client";
import { recordAudit } from "@/server/audit/record-audit";
import { env } from "@/server/env";
import { toNfc } from "@/lib/text";
import { claimAttempt, clearAttempts, recordFailedAttempt } from "./login-throttle";
import { dummyPasswordHash, verifyPassword } from "./password";

export type LoginResult =
  { ok: true; userId: string } | { ok: false; reason: "INVALID" } | { ok: false; reason: "LOCKED"; minutes: number };

export function normalizeUsername(username: string): string {
  return toNfc(username).trim().toLowerCase();
}

/**
 * Checks a sign-in. Failures are counted per typed username whether or not the
 * account exists, so the answers (and the lockout) reveal no account names. The attempt
 * is counted before the password is checked, so parallel guesses cannot outrun the lock.
 */
export async function verifyLogin(
  db: PrismaClient,
  rawUsername: string,
  password: string,
  now = new Date(),
): Promise<LoginResult> {
  const username = normalizeUsername(rawUsername).slice(0, 100);
  const claim = await claimAttempt(db, username, now);
  if (!claim.allowed) return { ok: false, reason: "LOCKED", minutes: claim.minutes };
  const user = await db.user.findUnique({ where: { username }, select: { id: true, passwordHash: true, isActive: true } });
  const passwordOk = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);

  if (user && user.isActive && passwordOk) {
    await db.$transaction(async (tx) => {
      await clearAttempts(tx, username);
      await tx.user.update({ where: { id: user.id }, data: { lastLoginAt: now } });
      await recordAudit(tx, user.id, "auth.login", ["User", user.id]);
    });
    return { ok: true, userId: user.id };
  }

  const locked = await db.$transaction(async (tx) => {
    const lockedNow = await recordFailedAttempt(tx, username, claim.attempt, now);
    await recordAudit(tx, null, lockedNow ? "auth.locked" : "auth.login_failed", ["User", user?.id ?? null], {
      after: { username, failures: claim.attempt },
    });
    return lockedNow;
  });
  if (locked) return { ok: false, reason: "LOCKED", minutes: env().LOGIN_LOCK_MINUTES };
  return { ok: false, reason: "INVALID" };
}
