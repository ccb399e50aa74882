import "server-only";
import { recordAudit } from "@/server/audit/record-audit";
import type { Actor } from "@/server/auth/actor";
import { getDb } from "@/server/db/client";
import { AppError } from "@/server/errors";

/** Ends one of the actor's own feed addresses: calendar apps using it are refused from now on. */
export async function revokeCalendarToken({ actor, tokenId, now = new Date() }: { actor: Actor; tokenId: string; now?: Date }) {
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const { count } = await tx.calendarFeedToken.updateMany({
      where: { id: tokenId, userId: actor.id, revokedAt: null },
      data: { revokedAt: now },
    });
    if (count === 0) throw new AppError("NOT_FOUND");
    await recordAudit(tx, actor.id, "calendar.token.revoke", ["User", actor.id], { after: { tokenId } });
  });
}

/** The actor's feed addresses still in use (without their secrets). */
export async function listCalendarTokens({ actor }: { actor: Actor }) {
  const db = await getDb();
  return db.calendarFeedToken.findMany({
    where: { userId: actor.id, revokedAt: null },
    orderBy: { createdAt: "desc" },
    select: { id: true, createdAt: true },
  });
}
