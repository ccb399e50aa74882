import "server-only";
import type { Actor } from "@/server/auth/actor";
import { scopeOutline, type Action } from "@/server/auth/policy";
import { outermostPaths } from "@/server/units/inherited-scope";
import { readThroughChanges } from "./snapshot-cache";

/**
 * The unit paths under which lies every row the actor may see through `actions`: the roots of
 * their scopes (the actor's unit, and the units that ended into it for the actions that read
 * history), or the whole tree ("/") when one of the scopes is unbounded. Every scope but "any"
 * stays inside its roots' subtrees (decision 0019), so an answer built from those rows changes
 * only with writes inside them (docs/decisions/0047).
 */
function changeScopeOf(actor: Actor, actions: readonly Action[]): string[] {
  const roots: string[] = [];
  for (const action of actions) {
    const outline = scopeOutline(actor, action);
    if (outline === "any") return ["/"];
    roots.push(...outline.roots);
  }
  // An actor without a unit holds no scope but "any": nothing to read, nothing to follow.
  return roots.length ? outermostPaths([...new Set(roots)]) : ["/"];
}

/**
 * `compute()`'s answer for `key`, reused until a write lands in the subtrees the actor reads
 * through `reads` or in a table shared by every unit (readThroughChanges). The key must still
 * name the reader when the answer depends on who asks.
 */
export function readThroughScope<T>(actor: Actor, reads: readonly Action[], key: string, compute: () => Promise<T>): Promise<T> {
  return readThroughChanges(key, changeScopeOf(actor, reads), compute);
}
