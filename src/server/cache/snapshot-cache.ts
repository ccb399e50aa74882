import "server-only";
import { cache } from "react";
import { Prisma } from "@prisma/client";
import { getDb, hotRows } from "@/server/db/client";

/**
 * Answers of expensive reads (the dashboard's aggregates, the board's counts), reused while
 * the database has not changed. "Not changed" is decided by PostgreSQL itself: its current
 * snapshot (`xmin:xmax:in-progress xids`) fixes exactly which transactions are visible, so two
 * equal snapshots see the same committed rows and an expensive read answers the same. Any
 * write anywhere changes the snapshot, which makes the next read a miss, never a stale answer,
 * in every app instance at once and with no invalidation call for a mutation to forget.
 * See docs/decisions/0010-snapshot-keyed-read-cache.md.
 */
// A meeting page with long minutes can hold a few hundred kilobytes; 500 keys bound the memory.
const MAX_ENTRIES = 500;

interface Entry {
  /** The snapshot, or the change counts, the answer was computed at. */
  version: string;
  value: Promise<unknown>;
}

// One cache per database client: two databases (tests run several in one process) can be
// at textually equal snapshots while holding different rows.
const caches = new WeakMap<object, Map<string, Entry>>();

const SNAPSHOT_SQL = Prisma.sql`SELECT pg_current_snapshot()::text AS snapshot`;

// Read once per request (React's cache is per request on the server): an answer computed
// after the snapshot was read may only be newer than it, and a later request sees a moved
// snapshot then, because snapshots never return to an earlier value.
const currentSnapshot = cache(async (db: Awaited<ReturnType<typeof getDb>>): Promise<string> => {
  const [row] = await hotRows<{ snapshot: string }>(db, SNAPSHOT_SQL);
  return row!.snapshot;
});

/**
 * `compute()`'s answer for `key`, computed at most once per database snapshot; concurrent
 * callers with the same key and snapshot share one computation. Keys must name everything
 * the answer depends on besides the data (scope, filters, the Vietnam day for overdue…).
 * The answer is shared between requests: callers must not mutate it.
 */
export async function readThroughSnapshot<T>(key: string, compute: () => Promise<T>): Promise<T> {
  const db = await getDb();
  return readThrough(db, key, await currentSnapshot(db), compute);
}

// The writes seen by the whole database (path '') and by the subtrees at `roots`, as
// "global:subtrees". Each committed write adds to them (prisma/migrations/…_change_tallies),
// so the pair never returns to an earlier value.
const changesSql = (roots: string[]) => Prisma.sql`
  SELECT (SELECT COALESCE(sum("changes"), 0) FROM "ChangeTally" WHERE "path" = '')::text || ':' ||
         (SELECT COALESCE(sum(c."changes"), 0)
          FROM unnest(${roots}::text[]) AS root("path")
          JOIN "ChangeTally" c ON c."path" >= root."path" AND c."path" < root."path" || chr(1114111))::text AS version`;

// Once per request and set of roots, for the reason given at currentSnapshot.
// The roots are part of the version: counts of two different sets of subtrees may be equal.
const changesWithin = cache(async (db: Awaited<ReturnType<typeof getDb>>, rootsKey: string): Promise<string> => {
  const [row] = await hotRows<{ version: string }>(db, changesSql(rootsKey.split("\n")));
  return `changes:${rootsKey}:${row!.version}`;
});

/**
 * Like readThroughSnapshot, for an answer whose rows all lie in the subtrees at `roots` (unit
 * paths; "/" for the whole tree) or in tables shared by every unit: it is reused until a write
 * lands in one of those subtrees or in a shared table, so a save in another province leaves it
 * valid. `readThroughScope` (change-scope.ts) gives it the roots of what an actor reads (docs/decisions/0047).
 */
export async function readThroughChanges<T>(key: string, roots: readonly string[], compute: () => Promise<T>): Promise<T> {
  const db = await getDb();
  return readThrough(db, key, await changesWithin(db, [...roots].sort().join("\n")), compute);
}

/** Forgets every cached answer of `db`: a test compares what the cache gives with a fresh computation. */
export function forgetCachedAnswers(db: object) {
  caches.delete(db);
}

function readThrough<T>(db: object, key: string, version: string, compute: () => Promise<T>): Promise<T> {
  let entries = caches.get(db);
  if (!entries) caches.set(db, (entries = new Map()));
  const hit = entries.get(key);
  if (hit && hit.version === version) {
    // Map order is insertion order: re-inserting keeps recently used keys at the end.
    entries.delete(key);
    entries.set(key, hit);
    return hit.value as Promise<T>;
  }
  const value = compute();
  entries.set(key, { version, value });
  value.catch(() => {
    if (entries.get(key)?.value === value) entries.delete(key);
  });
  while (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
  return value;
}
