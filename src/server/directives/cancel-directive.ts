import "server-only";
import type { Actor } from "@/server/auth/actor";
import { getDb } from "@/server/db/client";
import { parseInput } from "@/server/form-errors";
import { vi } from "@/messages/vi";
import { recipientsOf } from "@/server/notifications/recipients";
import { directiveRecordScope, excerpt, loadDirectiveFor } from "./directive-access";
import { applyDirectiveStep } from "./directive-step";
import { assertActive } from "./post-progress";
import { ZDirectiveReasonSchema, type TDirectiveReasonInput } from "./schemas";

/** The secretariat cancels an unfinished directive with a reason. */
export async function cancelDirective({ actor, input }: { actor: Actor; input: TDirectiveReasonInput }) {
  const data = parseInput(ZDirectiveReasonSchema, input);
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const directive = await loadDirectiveFor(tx, actor, data.directiveId, "update:directive");
    assertActive(directive);
    await applyDirectiveStep(tx, actor, directive, {
      changes: { status: "CANCELLED", cancelReason: data.reason },
      entry: { kind: "CANCEL", body: data.reason },
      notice: {
        recipients: await recipientsOf(tx, "progress:directive", directiveRecordScope(directive)),
        kind: "directive.cancelled",
        title: vi.directives.cancelledTitle(excerpt(directive.content)),
        body: data.reason,
        dedupeKey: `directive-cancelled:${directive.id}`,
      },
      audit: {
        action: "directive.cancel",
        before: { status: directive.status },
        after: { status: "CANCELLED", cancelReason: data.reason },
      },
    });
  });
}
