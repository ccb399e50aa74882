import "server-only";
import { recordAudit } from "@/server/audit/record-audit";
import type { Actor } from "@/server/auth/actor";
import { assertCan } from "@/server/auth/policy";
import { hashPassword } from "@/server/auth/password";
import { getDb } from "@/server/db/client";
import { parseInput } from "@/server/form-errors";
import { ZResetPasswordSchema } from "./schemas";
import { loadManagedUser } from "./user-scope";

/** An admin sets a new password; the user's existing sessions end with it. */
export async function resetPassword({ actor, input }: { actor: Actor; input: { userId: string; password: string } }) {
  assertCan(actor, "manage:user");
  const data = parseInput(ZResetPasswordSchema, input);
  const passwordHash = await hashPassword(data.password);
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const user = await loadManagedUser(tx, actor, data.userId);
    await tx.user.update({
      where: { id: user.id },
      data: { passwordHash, passwordChangedAt: new Date(), sessionVersion: { increment: 1 } },
    });
    await tx.loginThrottle.deleteMany({ where: { username: user.username } });
    await recordAudit(tx, actor.id, "user.reset_password", ["User", user.id]);
  });
}
