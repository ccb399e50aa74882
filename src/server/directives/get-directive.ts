import "server-only";
import type { Actor } from "@/server/auth/actor";
import { assertCan, can } from "@/server/auth/policy";
import { readThroughSnapshot } from "@/server/cache/snapshot-cache";
import { getDb } from "@/server/db/client";
import { AppError } from "@/server/errors";
import { readStoredFile } from "@/server/storage/file-storage";
import { isOverdue } from "@/lib/directives";
import { directiveRecordScope, loadDirectiveFor } from "./directive-access";

/** One directive with its meeting, documents, organizations, timeline and later reviews, and what the actor may do. */
export async function getDirective({ actor, directiveId, now = new Date() }: { actor: Actor; directiveId: string; now?: Date }) {
  // One load, reused while the database is unchanged (docs/decisions/0036: its related records
  // cost about fourteen round trips), then the policy on what it holds for this actor (a
  // separate access load first cost four more round trips on every view: issue 18). Nothing
  // is returned before the check.
  const directive = await readThroughSnapshot(`directive:${directiveId}`, () => loadDirective(directiveId));
  if (!directive) throw new AppError("NOT_FOUND");
  const scope = directiveRecordScope(directive);
  assertCan(actor, "read:directive", scope);
  const leads = directive.organizations.filter((row) => row.role === "LEAD").map((row) => row.organizationId);
  const active = directive.status === "OPEN" || directive.status === "IN_PROGRESS";
  const proposed = directive.status === "IN_PROGRESS" && directive.doneProposedAt !== null;
  return {
    directive: { ...directive, overdue: isOverdue(directive, now) },
    permissions: {
      progress: active && can(actor, "progress:directive", scope),
      proposeDone:
        active &&
        can(actor, "progress:directive", scope) &&
        actor.organizationId !== null &&
        leads.includes(actor.organizationId),
      confirm: proposed && can(actor, "confirm:directive", scope),
      reopen: (proposed || directive.status === "DONE") && can(actor, "confirm:directive", scope),
      cancel: active && can(actor, "update:directive", scope),
    },
  };
}

/** The directive with all the page shows, whoever reads it (the same for every actor). */
async function loadDirective(directiveId: string) {
  const db = await getDb();
  return db.directive.findUnique({
    where: { id: directiveId },
    select: {
      id: true,
      content: true,
      category: true,
      status: true,
      dueDate: true,
      resultSummary: true,
      doneProposedAt: true,
      completedAt: true,
      cancelReason: true,
      meeting: {
        select: {
          id: true,
          title: true,
          startsAt: true,
          isArchive: true,
          unit: { select: { name: true, path: true } },
          period: { select: { year: true, type: true, index: true } },
        },
      },
      organizations: {
        orderBy: { role: "asc" },
        select: { role: true, organizationId: true, organization: { select: { id: true, name: true } } },
      },
      documents: { select: { document: { select: { id: true, code: true, title: true, issuerName: true, issuedOn: true } } } },
      updates: {
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          kind: true,
          body: true,
          percent: true,
          createdAt: true,
          author: { select: { fullName: true } },
          organization: { select: { shortName: true } },
          attachments: { select: { id: true, fileName: true } },
        },
      },
      reviews: {
        orderBy: { createdAt: "asc" },
        select: { note: true, meeting: { select: { id: true, title: true, startsAt: true } } },
      },
    },
  });
}

/** A progress update's attachment, for those who may read the directive. */
export async function getDirectiveAttachmentFile({
  actor,
  directiveId,
  attachmentId,
}: {
  actor: Actor;
  directiveId: string;
  attachmentId: string;
}) {
  const db = await getDb();
  await loadDirectiveFor(db, actor, directiveId, "read:directive");
  const attachment = await db.attachment.findFirst({
    where: { id: attachmentId, directiveUpdate: { directiveId } },
    select: { fileName: true, mimeType: true, storageKey: true },
  });
  if (!attachment) throw new AppError("NOT_FOUND");
  const bytes = await readStoredFile(attachment.storageKey);
  return { fileName: attachment.fileName, mimeType: attachment.mimeType, bytes };
}
