import "server-only";
import { recordAudit } from "@/server/audit/record-audit";
import type { Actor } from "@/server/auth/actor";
import { assertCan } from "@/server/auth/policy";
import { getDb } from "@/server/db/client";
import { parseInput } from "@/server/form-errors";
import { ZUpdateUserSchema, type TUpdateUserInput } from "./schemas";
import { assertPlacement, loadManagedUser } from "./user-scope";

export async function updateUser({ actor, input }: { actor: Actor; input: TUpdateUserInput }) {
  assertCan(actor, "manage:user");
  const { userId, ...data } = parseInput(ZUpdateUserSchema, input);
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const before = await loadManagedUser(tx, actor, userId);
    await assertPlacement(tx, actor, data);
    await tx.user.update({ where: { id: userId }, data });
    await recordAudit(tx, actor.id, "user.update", ["User", userId], { before, after: data });
  });
}
