import "server-only";
import { recordAudit } from "@/server/audit/record-audit";
import type { Actor } from "@/server/auth/actor";
import { getDb } from "@/server/db/client";
import { AppError } from "@/server/errors";
import { parseInput } from "@/server/form-errors";
import { notify } from "@/server/notifications/notify";
import { vi } from "@/messages/vi";
import { allOrganizationIds, excerpt, loadDirectiveFor } from "./directive-access";
import { orgRepIds } from "./directive-recipients";
import { assertActive } from "./post-progress";
import { ZDirectiveReasonSchema, type TDirectiveReasonInput } from "./schemas";

/** The secretariat cancels an unfinished directive with a reason. */
export async function cancelDirective({ actor, input }: { actor: Actor; input: TDirectiveReasonInput }) {
  const data = parseInput(ZDirectiveReasonSchema, input);
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const directive = await loadDirectiveFor(tx, actor, data.directiveId, "update:directive");
    assertActive(directive);
    const updated = await tx.directive.updateMany({
      where: { id: directive.id, version: directive.version },
      data: { status: "CANCELLED", cancelReason: data.reason, version: { increment: 1 } },
    });
    if (updated.count === 0) throw new AppError("CONFLICT");
    await tx.directiveUpdate.create({
      data: {
        directiveId: directive.id,
        kind: "CANCEL",
        body: data.reason,
        authorId: actor.id,
        organizationId: actor.organizationId,
      },
    });
    const recipients = await orgRepIds(tx, allOrganizationIds(directive));
    await notify(
      tx,
      recipients.map((userId) => ({
        userId,
        kind: "directive.cancelled",
        title: vi.directives.cancelledTitle(excerpt(directive.content)),
        body: data.reason,
        link: `/directives/${directive.id}`,
        dedupeKey: `directive-cancelled:${directive.id}`,
      })),
    );
    await recordAudit(tx, {
      actorId: actor.id,
      action: "directive.cancel",
      entityType: "Directive",
      entityId: directive.id,
      before: { status: directive.status },
      after: { status: "CANCELLED", cancelReason: data.reason },
    });
  });
}
