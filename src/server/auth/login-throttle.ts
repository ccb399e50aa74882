import "server-only";
import type { PrismaClient } from "@prisma/client";
import type { Tx } from "@/server/db/client";
import { env } from "@/server/env";

export type AttemptClaim = { allowed: true; attempt: number } | { allowed: false; minutes: number };

/**
 * Counts a password attempt for `username` before its password is checked (docs/decisions/0004,
 * 0013). The count moves in one statement, so attempts made at the same moment each get their
 * own number: only the first LOGIN_MAX_FAILURES since the last success are ever checked, and an
 * attempt past the limit locks the name even while the earlier ones are still being hashed.
 * Runs outside any transaction so the count is committed before the slow hash starts.
 */
export async function claimAttempt(db: PrismaClient, username: string, now: Date): Promise<AttemptClaim> {
  const { LOGIN_MAX_FAILURES, LOGIN_LOCK_MINUTES } = env();
  const lockUntil = new Date(now.getTime() + LOGIN_LOCK_MINUTES * 60000);
  const [row] = await db.$queryRaw<{ failures: number; lockedUntil: Date | null }[]>`
    INSERT INTO "LoginThrottle" AS t ("username", "failures", "lockedUntil", "lastFailureAt")
    VALUES (${username}, 1, NULL, ${now}::timestamp(3))
    ON CONFLICT ("username") DO UPDATE SET
      "failures" = CASE WHEN t."lockedUntil" <= EXCLUDED."lastFailureAt" THEN 1 ELSE t."failures" + 1 END,
      "lockedUntil" = CASE
        WHEN t."lockedUntil" <= EXCLUDED."lastFailureAt" THEN NULL
        WHEN t."lockedUntil" IS NULL AND t."failures" + 1 > ${LOGIN_MAX_FAILURES}::int THEN ${lockUntil}::timestamp(3)
        ELSE t."lockedUntil" END,
      "lastFailureAt" = EXCLUDED."lastFailureAt"
    RETURNING "failures", "lockedUntil"`;
  if (row.lockedUntil && row.lockedUntil > now) {
    return { allowed: false, minutes: Math.ceil((row.lockedUntil.getTime() - now.getTime()) / 60000) };
  }
  return { allowed: true, attempt: row.failures };
}

/**
 * An allowed attempt whose password was wrong: the one that used the last allowed try locks
 * the name. Returns whether it did. A success that cleared the count meanwhile is respected.
 */
export async function recordFailedAttempt(tx: Tx, username: string, attempt: number, now: Date): Promise<boolean> {
  const { LOGIN_MAX_FAILURES, LOGIN_LOCK_MINUTES } = env();
  if (attempt < LOGIN_MAX_FAILURES) return false;
  const lockUntil = new Date(now.getTime() + LOGIN_LOCK_MINUTES * 60000);
  await tx.$executeRaw`
    UPDATE "LoginThrottle" SET "lockedUntil" = COALESCE("lockedUntil", ${lockUntil}::timestamp(3))
    WHERE "username" = ${username} AND "failures" >= ${attempt}::int`;
  return true;
}

/** A right password on an allowed attempt: the count starts again. */
export async function clearAttempts(tx: Tx, username: string): Promise<void> {
  await tx.loginThrottle.deleteMany({ where: { username } });
}
