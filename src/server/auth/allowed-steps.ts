import "server-only";
import type { Actor } from "./actor";
import { can, type Action, type RecordScope } from "./policy";

/** A step of a document's lifecycle: the statuses it may start from and the permission it needs. */
export type Step<S extends string> = readonly [from: readonly S[], action: Action];

/**
 * Which of a record's next steps the actor may take now: a step is allowed when the record is in
 * one of the step's statuses and the policy grants its action on the record.
 */
export function allowedSteps<S extends string, K extends string>(
  actor: Actor,
  record: { status: S; scope: RecordScope },
  steps: Record<K, Step<S>>,
): Record<K, boolean> {
  const entries = Object.entries<Step<S>>(steps).map(
    ([name, [from, action]]) => [name, from.includes(record.status) && can(actor, action, record.scope)] as const,
  );
  return Object.fromEntries(entries) as Record<K, boolean>;
}
