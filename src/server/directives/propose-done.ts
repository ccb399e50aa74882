import "server-only";
import type { Actor } from "@/server/auth/actor";
import { getDb } from "@/server/db/client";
import { AppError } from "@/server/errors";
import { parseInput } from "@/server/form-errors";
import { vi } from "@/messages/vi";
import { recipientsOf } from "@/server/notifications/recipients";
import { directiveRecordScope, excerpt, leadOrganizationIds, loadDirectiveFor } from "./directive-access";
import { applyDirectiveStep } from "./directive-step";
import { assertActive } from "./post-progress";
import { ZProposeDoneSchema, type TProposeDoneInput } from "./schemas";
import { message } from "@/messages/message-ref";

/** The lead organization reports the directive done with a result summary; the secretariat is asked to confirm. */
export async function proposeDone({ actor, input, now = new Date() }: { actor: Actor; input: TProposeDoneInput; now?: Date }) {
  const data = parseInput(ZProposeDoneSchema, input);
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const directive = await loadDirectiveFor(tx, actor, data.directiveId, "progress:directive");
    if (!actor.organizationId || !leadOrganizationIds(directive).includes(actor.organizationId)) {
      throw new AppError("FORBIDDEN", message("directives.leadOnly"));
    }
    assertActive(directive);
    await applyDirectiveStep(tx, actor, directive, {
      changes: { status: "IN_PROGRESS", resultSummary: data.resultSummary, doneProposedAt: now },
      entry: { kind: "PROPOSE_DONE", body: data.resultSummary, percent: 100 },
      notice: {
        recipients: await recipientsOf(tx, "confirm:directive", directiveRecordScope(directive)),
        kind: "directive.proposed",
        title: vi.directives.proposedTitle(excerpt(directive.content)),
        body: data.resultSummary,
        dedupeKey: `directive-proposed:${directive.id}:${directive.version}`,
      },
      audit: {
        action: "directive.propose-done",
        before: { status: directive.status, resultSummary: directive.resultSummary },
        after: { status: "IN_PROGRESS", resultSummary: data.resultSummary, doneProposedAt: now },
      },
    });
  });
}
