import "server-only";
import type { Prisma } from "@prisma/client";
import type { Tx } from "@/server/db/client";

/** What a record is about: the model's name and, unless the step touched many rows, the row's id. */
export type AuditSubject = [entityType: string, entityId?: string | null];

/** The state the step found and the state it left (either may be left out). */
export interface AuditChange {
  before?: unknown;
  after?: unknown;
}

function toJson(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  return JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;
}

/**
 * Writes one audit record inside the mutation's own transaction: who (`null` for the system),
 * what, on which record, and the change.
 */
export async function recordAudit(
  tx: Tx,
  actorId: string | null,
  action: string,
  [entityType, entityId]: AuditSubject,
  change: AuditChange = {},
): Promise<void> {
  await tx.auditLog.create({
    data: { actorId, action, entityType, entityId: entityId ?? null, before: toJson(change.before), after: toJson(change.after) },
  });
}
