import "server-only";
import { recordAudit } from "@/server/audit/record-audit";
import type { Actor } from "@/server/auth/actor";
import { getDb } from "@/server/db/client";
import { newCalendarToken } from "./calendar-token";

/** A secret feed address of the actor's own calendar; the token is shown once, only its hash is kept. */
export async function createCalendarToken({ actor }: { actor: Actor }) {
  const db = await getDb();
  const { token, tokenHash } = newCalendarToken();
  return db.$transaction(async (tx) => {
    const row = await tx.calendarFeedToken.create({ data: { userId: actor.id, tokenHash }, select: { id: true } });
    await recordAudit(tx, actor.id, "calendar.token.create", ["User", actor.id], { after: { tokenId: row.id } });
    return { id: row.id, token };
  });
}
