import "server-only";
import { recordAudit } from "@/server/audit/record-audit";
import type { Actor } from "@/server/auth/actor";
import { hashPassword, verifyPassword } from "@/server/auth/password";
import { getDb } from "@/server/db/client";
import { AppError } from "@/server/errors";
import { parseInput } from "@/server/form-errors";
import { vi } from "@/messages/vi";
import { ZChangeOwnPasswordSchema } from "./schemas";

/** Any signed-in user changes their own password, proving the current one. */
export async function changeOwnPassword({ actor, input }: { actor: Actor; input: Record<string, unknown> }) {
  const data = parseInput(ZChangeOwnPasswordSchema, input);
  const db = await getDb();
  const user = await db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { passwordHash: true } });
  if (!(await verifyPassword(user.passwordHash, data.current))) {
    throw new AppError("INVALID_INPUT", undefined, { current: vi.account.wrongCurrent });
  }
  const passwordHash = await hashPassword(data.next);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.id }, data: { passwordHash, passwordChangedAt: new Date() } });
    await recordAudit(tx, { actorId: actor.id, action: "user.change_password", entityType: "User", entityId: actor.id });
  });
}
