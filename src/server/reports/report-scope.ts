import "server-only";
import type { Prisma } from "@prisma/client";
import type { Actor } from "@/server/auth/actor";
import { assertCan, scopesFor, type Action, type RecordScope } from "@/server/auth/policy";
import type { Tx } from "@/server/db/client";
import { AppError } from "@/server/errors";

/** The reports the actor may read, as a where clause built from the policy's scopes. */
export function readableReportsWhere(actor: Actor): Prisma.UnitReportWhereInput {
  const inSubtree: Prisma.UnitReportWhereInput = { unit: { path: { startsWith: actor.unitPath } } };
  const branches: Prisma.UnitReportWhereInput[] = scopesFor(actor, "read:report").map((scope) => {
    switch (scope) {
      case "any":
        return {};
      case "unit-subtree":
        return inSubtree;
      case "own-org":
        return { AND: [inSubtree, { organizationId: actor.organizationId ?? "-" }] };
      case "published":
        return { id: "-" };
    }
  });
  return branches.length ? { OR: branches } : { id: "-" };
}

export function reportRecordScope(report: { organizationId: string; unit: { path: string } }): RecordScope {
  return { unitPath: report.unit.path, organizationIds: [report.organizationId] };
}

/**
 * Loads a report for an action, inside the transaction: NOT_FOUND when there is
 * no such report, FORBIDDEN when the policy refuses the actor this action on it.
 */
export async function loadReportFor(tx: Tx, actor: Actor, reportId: string, action: Action) {
  const report = await tx.unitReport.findUnique({
    where: { id: reportId },
    select: {
      id: true,
      status: true,
      version: true,
      organizationId: true,
      periodId: true,
      unitId: true,
      achievements: true,
      shortcomings: true,
      nextTasks: true,
      submittedAt: true,
      isLate: true,
      authorId: true,
      returnReason: true,
      unit: { select: { path: true } },
      organization: { select: { kind: true, name: true } },
      period: { select: { year: true, type: true, index: true } },
    },
  });
  if (!report) throw new AppError("NOT_FOUND");
  assertCan(actor, action, reportRecordScope(report));
  return report;
}
