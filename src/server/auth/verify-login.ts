import "server-only";
import type { PrismaClient } from "@prisma/client";
import { recordAudit } from "@/server/audit/record-audit";
import { env } from "@/server/env";
import { toNfc } from "@/lib/text";
import { dummyPasswordHash, verifyPassword } from "./password";

export type LoginResult =
  { ok: true; userId: string } | { ok: false; reason: "INVALID" } | { ok: false; reason: "LOCKED"; minutes: number };

export function normalizeUsername(username: string): string {
  return toNfc(username).trim().toLowerCase();
}

/**
 * Checks a sign-in. Failures are counted per typed username whether or not the
 * account exists, so the answers (and the lockout) reveal no account names.
 */
export async function verifyLogin(
  db: PrismaClient,
  rawUsername: string,
  password: string,
  now = new Date(),
): Promise<LoginResult> {
  const username = normalizeUsername(rawUsername).slice(0, 100);
  const { LOGIN_MAX_FAILURES, LOGIN_LOCK_MINUTES } = env();
  const throttle = await db.loginThrottle.findUnique({ where: { username } });
  if (throttle?.lockedUntil && throttle.lockedUntil > now) {
    return { ok: false, reason: "LOCKED", minutes: Math.ceil((throttle.lockedUntil.getTime() - now.getTime()) / 60000) };
  }
  const user = await db.user.findUnique({ where: { username }, select: { id: true, passwordHash: true, isActive: true } });
  const passwordOk = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);

  if (user && user.isActive && passwordOk) {
    await db.$transaction(async (tx) => {
      await tx.loginThrottle.deleteMany({ where: { username } });
      await tx.user.update({ where: { id: user.id }, data: { lastLoginAt: now } });
      await recordAudit(tx, { actorId: user.id, action: "auth.login", entityType: "User", entityId: user.id });
    });
    return { ok: true, userId: user.id };
  }

  const lockUntil = new Date(now.getTime() + LOGIN_LOCK_MINUTES * 60000);
  const lockedUntil = await db.$transaction(async (tx) => {
    // One statement, so that failures tried in parallel each count.
    const [row] = await tx.$queryRaw<{ failures: number; lockedUntil: Date | null }[]>`
      INSERT INTO "LoginThrottle" AS t ("username", "failures", "lockedUntil", "lastFailureAt")
      VALUES (${username}, 1, CASE WHEN 1 >= ${LOGIN_MAX_FAILURES}::int THEN ${lockUntil}::timestamp(3) END, ${now}::timestamp(3))
      ON CONFLICT ("username") DO UPDATE SET
        "failures" = CASE WHEN t."lockedUntil" <= EXCLUDED."lastFailureAt" THEN 1 ELSE t."failures" + 1 END,
        "lockedUntil" = CASE
          WHEN (CASE WHEN t."lockedUntil" <= EXCLUDED."lastFailureAt" THEN 1 ELSE t."failures" + 1 END) >= ${LOGIN_MAX_FAILURES}::int
          THEN ${lockUntil}::timestamp(3) END,
        "lastFailureAt" = EXCLUDED."lastFailureAt"
      RETURNING "failures", "lockedUntil"`;
    await recordAudit(tx, {
      actorId: null,
      action: row.lockedUntil ? "auth.locked" : "auth.login_failed",
      entityType: "User",
      entityId: user?.id ?? null,
      after: { username, failures: row.failures },
    });
    return row.lockedUntil;
  });
  if (lockedUntil) return { ok: false, reason: "LOCKED", minutes: LOGIN_LOCK_MINUTES };
  return { ok: false, reason: "INVALID" };
}
