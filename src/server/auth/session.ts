import "server-only";
import { getServerSession } from "next-auth";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { readThroughSnapshot } from "@/server/cache/snapshot-cache";
import { getDb } from "@/server/db/client";
import { AppError } from "@/server/errors";
import type { Actor } from "./actor";
import { authOptions } from "./auth-options";
import { can, type Action } from "./policy";

/**
 * The signed-in actor, checked against the database on every request so that a deactivated
 * account or a reset password ends existing sessions at once (the row is re-read whenever
 * the database snapshot has moved, which any such change does).
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = (await getServerSession(authOptions())) as { uid?: string; pwdAt?: number } | null;
  if (!session?.uid) return null;
  const uid = session.uid;
  const user = await readThroughSnapshot(`actor:${uid}`, async () => {
    const db = await getDb();
    return db.user.findUnique({
      where: { id: uid },
      select: {
        id: true,
        username: true,
        fullName: true,
        role: true,
        unitId: true,
        organizationId: true,
        isActive: true,
        passwordChangedAt: true,
        unit: { select: { path: true, name: true } },
      },
    });
  });
  if (!user || !user.isActive) return null;
  if (session.pwdAt !== undefined && user.passwordChangedAt.getTime() > session.pwdAt) return null;
  return {
    id: user.id,
    username: user.username,
    fullName: user.fullName,
    role: user.role,
    unitId: user.unitId,
    unitPath: user.unit.path,
    unitName: user.unit.name,
    organizationId: user.organizationId,
  };
});

/** For pages: the actor, or a redirect to sign-in. */
export async function requireActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect("/login");
  return actor;
}

/** For pages: the actor if their role holds `action` in some scope, else a 403 page. */
export async function requirePermission(action: Action): Promise<Actor> {
  const actor = await requireActor();
  if (!can(actor, action)) forbidden();
  return actor;
}

/** For server actions and route handlers: the actor, or an UNAUTHENTICATED error. */
export async function actorOrThrow(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) throw new AppError("UNAUTHENTICATED");
  return actor;
}
