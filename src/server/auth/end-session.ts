import "server-only";
import { recordAudit } from "@/server/audit/record-audit";
import { getDb } from "@/server/db/client";

/**
 * Sign-out: session cookies are signed tokens with no server-side row, so ending one means
 * moving the user's session version past it. Every other session of the user ends with it
 * (docs/decisions/0013). A token already stale changes nothing.
 */
export async function endSession(token: Record<string, unknown> | null | undefined): Promise<void> {
  const uid = token?.uid;
  const sv = token?.sv;
  if (typeof uid !== "string" || typeof sv !== "number") return;
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({
      where: { id: uid, sessionVersion: sv },
      data: { sessionVersion: { increment: 1 } },
    });
    if (count) await recordAudit(tx, uid, "auth.logout", ["User", uid]);
  });
}
