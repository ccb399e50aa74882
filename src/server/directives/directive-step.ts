import "server-only";
import type { DirectiveUpdateKind, Prisma } from "@prisma/client";
import { recordAudit } from "@/server/audit/record-audit";
import type { Actor } from "@/server/auth/actor";
import type { Tx } from "@/server/db/client";
import { guardedUpdate } from "@/server/db/guarded-update";
import { notify } from "@/server/notifications/notify";
import type { LoadedDirective } from "./directive-access";

export interface DirectiveStep {
  /** The fields the step sets; the version guard and increment are added here. */
  changes: Prisma.DirectiveUpdateManyMutationInput;
  /** The entry on the directive's timeline. */
  entry: { kind: DirectiveUpdateKind; body: string; percent?: number };
  /** Who is told, and what; the notification links to the directive. */
  notice: { recipients: string[]; kind: string; title: string; body?: string; dedupeKey: string };
  audit: { action: string; before: unknown; after: unknown };
}

/**
 * One step of a directive's lifecycle (propose, confirm, reopen, cancel), inside the use
 * case's transaction: the update guarded by the version the actor saw (CONFLICT when someone
 * changed it first), the timeline entry, the notifications and the audit record.
 */
export async function applyDirectiveStep(tx: Tx, actor: Actor, directive: LoadedDirective, step: DirectiveStep) {
  await guardedUpdate(tx, "directive", { id: directive.id, version: directive.version }, step.changes);
  await tx.directiveUpdate.create({
    data: { directiveId: directive.id, ...step.entry, authorId: actor.id, organizationId: actor.organizationId },
  });
  const { recipients, ...notice } = step.notice;
  await notify(
    tx,
    recipients.map((userId) => ({ userId, ...notice, link: `/directives/${directive.id}` })),
  );
  await recordAudit(tx, actor.id, step.audit.action, ["Directive", directive.id], {
    before: step.audit.before,
    after: step.audit.after,
  });
}
