import "server-only";
import { recordAudit } from "@/server/audit/record-audit";
import type { Actor } from "@/server/auth/actor";
import { getDb } from "@/server/db/client";
import { AppError } from "@/server/errors";
import { parseInput } from "@/server/form-errors";
import { notify } from "@/server/notifications/notify";
import { vi } from "@/messages/vi";
import { excerpt, leadOrganizationIds, loadDirectiveFor } from "./directive-access";
import { orgRepIds } from "./directive-recipients";
import { ZConfirmDoneSchema, ZDirectiveReasonSchema, type TDirectiveReasonInput } from "./schemas";

/** The secretariat confirms a directive done (after the lead organization proposed it). */
export async function confirmDone({
  actor,
  input,
  now = new Date(),
}: {
  actor: Actor;
  input: { directiveId: string };
  now?: Date;
}) {
  const data = parseInput(ZConfirmDoneSchema, input);
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const directive = await loadDirectiveFor(tx, actor, data.directiveId, "confirm:directive");
    if (directive.status !== "IN_PROGRESS" || !directive.doneProposedAt) {
      throw new AppError("INVALID_STATE", vi.directives.notProposed);
    }
    const updated = await tx.directive.updateMany({
      where: { id: directive.id, version: directive.version },
      data: { status: "DONE", completedAt: now, version: { increment: 1 } },
    });
    if (updated.count === 0) throw new AppError("CONFLICT");
    await tx.directiveUpdate.create({
      data: {
        directiveId: directive.id,
        kind: "CONFIRM_DONE",
        body: directive.resultSummary ?? "",
        authorId: actor.id,
        organizationId: actor.organizationId,
      },
    });
    const recipients = await orgRepIds(tx, leadOrganizationIds(directive));
    await notify(
      tx,
      recipients.map((userId) => ({
        userId,
        kind: "directive.confirmed",
        title: vi.directives.confirmedTitle(excerpt(directive.content)),
        link: `/directives/${directive.id}`,
        dedupeKey: `directive-confirmed:${directive.id}:${directive.version}`,
      })),
    );
    await recordAudit(tx, {
      actorId: actor.id,
      action: "directive.confirm-done",
      entityType: "Directive",
      entityId: directive.id,
      before: { status: directive.status },
      after: { status: "DONE", completedAt: now },
    });
  });
}

/** The secretariat gives a directive back to the lead organization with a reason (proposed or done). */
export async function reopenDirective({ actor, input }: { actor: Actor; input: TDirectiveReasonInput }) {
  const data = parseInput(ZDirectiveReasonSchema, input);
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const directive = await loadDirectiveFor(tx, actor, data.directiveId, "confirm:directive");
    const proposed = directive.status === "IN_PROGRESS" && directive.doneProposedAt;
    if (!proposed && directive.status !== "DONE") throw new AppError("INVALID_STATE", vi.directives.notProposed);
    const updated = await tx.directive.updateMany({
      where: { id: directive.id, version: directive.version },
      data: { status: "IN_PROGRESS", completedAt: null, doneProposedAt: null, version: { increment: 1 } },
    });
    if (updated.count === 0) throw new AppError("CONFLICT");
    await tx.directiveUpdate.create({
      data: {
        directiveId: directive.id,
        kind: "REOPEN",
        body: data.reason,
        authorId: actor.id,
        organizationId: actor.organizationId,
      },
    });
    const recipients = await orgRepIds(tx, leadOrganizationIds(directive));
    await notify(
      tx,
      recipients.map((userId) => ({
        userId,
        kind: "directive.reopened",
        title: vi.directives.reopenedTitle(excerpt(directive.content)),
        body: data.reason,
        link: `/directives/${directive.id}`,
        dedupeKey: `directive-reopened:${directive.id}:${directive.version}`,
      })),
    );
    await recordAudit(tx, {
      actorId: actor.id,
      action: "directive.reopen",
      entityType: "Directive",
      entityId: directive.id,
      before: { status: directive.status },
      after: { status: "IN_PROGRESS", reason: data.reason },
    });
  });
}
