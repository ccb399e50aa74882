import "server-only";
import type { Actor } from "@/server/auth/actor";
import { assertCan, type Action, type RecordScope } from "@/server/auth/policy";
import type { Tx } from "@/server/db/client";
import { AppError } from "@/server/errors";

export function directiveRecordScope(directive: {
  meeting: { unit: { path: string } };
  organizations: { organizationId: string }[];
}): RecordScope {
  return {
    unitPath: directive.meeting.unit.path,
    organizationIds: directive.organizations.map((row) => row.organizationId),
  };
}

/**
 * Loads a directive for an action (inside the transaction): NOT_FOUND when there is
 * none, FORBIDDEN when the policy refuses the actor the action on it. For an ORG_REP,
 * the own-org scope covers only directives their organization leads or supports.
 */
export async function loadDirectiveFor(tx: Tx, actor: Actor, directiveId: string, action: Action) {
  const directive = await tx.directive.findUnique({
    where: { id: directiveId },
    select: {
      id: true,
      status: true,
      version: true,
      content: true,
      dueDate: true,
      resultSummary: true,
      doneProposedAt: true,
      meetingId: true,
      meeting: { select: { unitId: true, title: true, unit: { select: { path: true } } } },
      organizations: { select: { organizationId: true, role: true } },
    },
  });
  if (!directive) throw new AppError("NOT_FOUND");
  assertCan(actor, action, directiveRecordScope(directive));
  return directive;
}

export type LoadedDirective = Awaited<ReturnType<typeof loadDirectiveFor>>;

export function leadOrganizationIds(directive: Pick<LoadedDirective, "organizations">): string[] {
  return directive.organizations.filter((row) => row.role === "LEAD").map((row) => row.organizationId);
}

/** The directive as its lead organizations hold it: whom a confirmation or a reopening concerns. */
export function leadRecordScope(directive: LoadedDirective): RecordScope {
  return { ...directiveRecordScope(directive), organizationIds: leadOrganizationIds(directive) };
}

/** Short text for notification titles. */
export function excerpt(content: string, max = 120): string {
  return content.length > max ? `${content.slice(0, max - 1)}…` : content;
}
