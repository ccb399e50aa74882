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
  snapshot: string;
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
  let entries = caches.get(db);
  if (!entries) caches.set(db, (entries = new Map()));
  const snapshot = await currentSnapshot(db);
  const hit = entries.get(key);
  if (hit && hit.snapshot === snapshot) {
    // Map order is insertion order: re-inserting keeps recently used keys at the end.
    entries.delete(key);
    entries.set(key, hit);
    return hit.value as Promise<T>;
  }
  const value = compute();
  entries.set(key, { snapshot, value });
  value.catch(() => {
    if (entries.get(key)?.value === value) entries.delete(key);
  });
  while (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
  return value;
}
