import "server-only";
import { recordAudit } from "@/server/audit/record-audit";
import type { Actor } from "@/server/auth/actor";
import { assertCan } from "@/server/auth/policy";
import { hashPassword } from "@/server/auth/password";
import { getDb } from "@/server/db/client";
import { AppError, isUniqueViolation } from "@/server/errors";
import { parseInput } from "@/server/form-errors";
import { ZCreateUserSchema, type TCreateUserInput } from "./schemas";
import { assertPlacement } from "./user-scope";
import { message } from "@/messages/message-ref";

export async function createUser({ actor, input }: { actor: Actor; input: TCreateUserInput }) {
  assertCan(actor, "manage:user");
  const data = parseInput(ZCreateUserSchema, input);
  const passwordHash = await hashPassword(data.password);
  const db = await getDb();
  const usernameTaken = () => new AppError("INVALID_INPUT", undefined, { username: message("users.usernameTaken") });
  try {
    return await db.$transaction(async (tx) => {
      await assertPlacement(tx, actor, data);
      const taken = await tx.user.findUnique({ where: { username: data.username }, select: { id: true } });
      if (taken) throw usernameTaken();
      const { password: _password, ...fields } = data;
      const user = await tx.user.create({ data: { ...fields, passwordHash }, select: { id: true } });
      await recordAudit(tx, actor.id, "user.create", ["User", user.id], { after: fields });
      return user;
    });
  } catch (error) {
    // Two admins creating the same name at once: the unique index decides.
    if (isUniqueViolation(error)) throw usernameTaken();
    throw error;
  }
}
