import "server-only";
import { recordAudit } from "@/server/audit/record-audit";
import type { Actor } from "@/server/auth/actor";
import { claimAttempt, clearAttempts, recordFailedAttempt } from "@/server/auth/login-throttle";
import { hashPassword, verifyPassword } from "@/server/auth/password";
import { normalizeUsername } from "@/server/auth/verify-login";
import { getDb } from "@/server/db/client";
import { env } from "@/server/env";
import { AppError } from "@/server/errors";
import { parseInput } from "@/server/form-errors";
import { ZChangeOwnPasswordSchema } from "./schemas";
import { message } from "@/messages/message-ref";

function lockedError(minutes: number): AppError {
  const refusal = message("account.tooManyAttempts", minutes);
  return new AppError("INVALID_INPUT", refusal, { current: refusal });
}

/**
 * Any signed-in user changes their own password, proving the current one. The proof is a
 * password guess like a sign-in, so it counts toward the same lock (a stolen session cannot
 * try passwords faster than the sign-in form allows); a change ends every existing session.
 */
export async function changeOwnPassword({
  actor,
  input,
  now = new Date(),
}: {
  actor: Actor;
  input: Record<string, unknown>;
  now?: Date;
}) {
  const data = parseInput(ZChangeOwnPasswordSchema, input);
  const db = await getDb();
  const username = normalizeUsername(actor.username);
  const claim = await claimAttempt(db, username, now);
  if (!claim.allowed) throw lockedError(claim.minutes);
  const user = await db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { passwordHash: true } });
  if (!(await verifyPassword(user.passwordHash, data.current))) {
    const locked = await db.$transaction(async (tx) => {
      const lockedNow = await recordFailedAttempt(tx, username, claim.attempt, now);
      await recordAudit(tx, actor.id, lockedNow ? "auth.locked" : "user.change_password_failed", ["User", actor.id], {
        after: { username, failures: claim.attempt },
      });
      return lockedNow;
    });
    if (locked) throw lockedError(env().LOGIN_LOCK_MINUTES);
    throw new AppError("INVALID_INPUT", undefined, { current: message("account.wrongCurrent") });
  }
  const passwordHash = await hashPassword(data.next);
  await db.$transaction(async (tx) => {
    await clearAttempts(tx, username);
    await tx.user.update({
      where: { id: actor.id },
      data: { passwordHash, passwordChangedAt: now, sessionVersion: { increment: 1 } },
    });
    await recordAudit(tx, actor.id, "user.change_password", ["User", actor.id]);
  });
}
