import "server-only";
import { recordAudit } from "@/server/audit/record-audit";
import type { Actor } from "@/server/auth/actor";
import { assertCan } from "@/server/auth/policy";
import { getDb } from "@/server/db/client";
import { AppError } from "@/server/errors";
import { loadManagedUser } from "./user-scope";
import { message } from "@/messages/message-ref";

export async function setUserActive({ actor, userId, isActive }: { actor: Actor; userId: string; isActive: boolean }) {
  assertCan(actor, "manage:user");
  if (userId === actor.id && !isActive) throw new AppError("INVALID_STATE", message("users.cannotDeactivateSelf"));
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const before = await loadManagedUser(tx, actor, userId);
    await tx.user.update({
      where: { id: userId },
      data: { isActive, ...(isActive ? {} : { sessionVersion: { increment: 1 } }) },
    });
    await recordAudit(tx, actor.id, isActive ? "user.activate" : "user.deactivate", ["User", userId], {
      before: { isActive: before.isActive },
      after: { isActive },
    });
  });
}
