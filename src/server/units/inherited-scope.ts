import "server-only";
import type { Tx } from "@/server/db/client";

/**
 * Paths of the units that ended into the subtree at `unitPath` (merged, split or renamed into
 * one of its units, at any remove and with their own subtrees): what the successor's users read
 * as history. Units already inside the subtree are left out.
 */
export async function inheritedUnitPaths(db: Tx, unitPath: string): Promise<string[]> {
  const own = await db.unit.findMany({ where: { path: { startsWith: unitPath } }, select: { id: true } });
  const seen = new Set(own.map((unit) => unit.id));
  let frontier = [...seen];
  const paths: string[] = [];
  while (frontier.length > 0) {
    const links = await db.unitSuccession.findMany({
      where: { successorId: { in: frontier } },
      select: { predecessor: { select: { id: true, path: true } } },
    });
    frontier = [];
    for (const { predecessor } of links) {
      if (seen.has(predecessor.id)) continue;
      seen.add(predecessor.id);
      frontier.push(predecessor.id);
      if (!predecessor.path.startsWith(unitPath)) paths.push(predecessor.path);
    }
  }
  // A path inside another inherited path adds nothing.
  return paths.filter((path) => !paths.some((other) => other !== path && path.startsWith(other))).sort();
}
