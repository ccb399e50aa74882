import "server-only";
import { recordAudit } from "@/server/audit/record-audit";
import type { Actor } from "@/server/auth/actor";
import { getDb } from "@/server/db/client";
import { AppError } from "@/server/errors";
import { parseInput } from "@/server/form-errors";
import { notify } from "@/server/notifications/notify";
import { vi } from "@/messages/vi";
import { excerpt, leadOrganizationIds, loadDirectiveFor } from "./directive-access";
import { secretariatIds } from "./directive-recipients";
import { assertActive } from "./post-progress";
import { ZProposeDoneSchema, type TProposeDoneInput } from "./schemas";

/** The lead organization reports the directive done with a result summary; the secretariat is asked to confirm. */
export async function proposeDone({ actor, input, now = new Date() }: { actor: Actor; input: TProposeDoneInput; now?: Date }) {
  const data = parseInput(ZProposeDoneSchema, input);
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const directive = await loadDirectiveFor(tx, actor, data.directiveId, "progress:directive");
    if (!actor.organizationId || !leadOrganizationIds(directive).includes(actor.organizationId)) {
      throw new AppError("FORBIDDEN", vi.directives.leadOnly);
    }
    assertActive(directive);
    const updated = await tx.directive.updateMany({
      where: { id: directive.id, version: directive.version },
      data: {
        status: "IN_PROGRESS",
        resultSummary: data.resultSummary,
        doneProposedAt: now,
        version: { increment: 1 },
      },
    });
    if (updated.count === 0) throw new AppError("CONFLICT");
    await tx.directiveUpdate.create({
      data: {
        directiveId: directive.id,
        kind: "PROPOSE_DONE",
        body: data.resultSummary,
        percent: 100,
        authorId: actor.id,
        organizationId: actor.organizationId,
      },
    });
    const recipients = await secretariatIds(tx, directive.meeting.unit.path);
    await notify(
      tx,
      recipients.map((userId) => ({
        userId,
        kind: "directive.proposed",
        title: vi.directives.proposedTitle(excerpt(directive.content)),
        body: data.resultSummary,
        link: `/directives/${directive.id}`,
        dedupeKey: `directive-proposed:${directive.id}:${directive.version}`,
      })),
    );
    await recordAudit(tx, {
      actorId: actor.id,
      action: "directive.propose-done",
      entityType: "Directive",
      entityId: directive.id,
      before: { status: directive.status, resultSummary: directive.resultSummary },
      after: { status: "IN_PROGRESS", resultSummary: data.resultSummary, doneProposedAt: now },
    });
  });
}
