import "server-only";
import type { Actor } from "@/server/auth/actor";
import { getDb } from "@/server/db/client";
import { AppError } from "@/server/errors";
import { parseInput } from "@/server/form-errors";
import { vi } from "@/messages/vi";
import { recipientsOf } from "@/server/notifications/recipients";
import { excerpt, leadRecordScope, loadDirectiveFor } from "./directive-access";
import { applyDirectiveStep } from "./directive-step";
import { ZConfirmDoneSchema, ZDirectiveReasonSchema, type TDirectiveReasonInput } from "./schemas";
import { message } from "@/messages/message-ref";

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
      throw new AppError("INVALID_STATE", message("directives.notProposed"));
    }
    await applyDirectiveStep(tx, actor, directive, {
      changes: { status: "DONE", completedAt: now },
      entry: { kind: "CONFIRM_DONE", body: directive.resultSummary ?? "" },
      notice: {
        recipients: await recipientsOf(tx, "progress:directive", leadRecordScope(directive)),
        kind: "directive.confirmed",
        title: vi.directives.confirmedTitle(excerpt(directive.content)),
        dedupeKey: `directive-confirmed:${directive.id}:${directive.version}`,
      },
      audit: {
        action: "directive.confirm-done",
        before: { status: directive.status },
        after: { status: "DONE", completedAt: now },
      },
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
    if (!proposed && directive.status !== "DONE") throw new AppError("INVALID_STATE", message("directives.notProposed"));
    await applyDirectiveStep(tx, actor, directive, {
      changes: { status: "IN_PROGRESS", completedAt: null, doneProposedAt: null },
      entry: { kind: "REOPEN", body: data.reason },
      notice: {
        recipients: await recipientsOf(tx, "progress:directive", leadRecordScope(directive)),
        kind: "directive.reopened",
        title: vi.directives.reopenedTitle(excerpt(directive.content)),
        body: data.reason,
        dedupeKey: `directive-reopened:${directive.id}:${directive.version}`,
      },
      audit: {
        action: "directive.reopen",
        before: { status: directive.status },
        after: { status: "IN_PROGRESS", reason: data.reason },
      },
    });
  });
}
