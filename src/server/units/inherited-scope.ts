import "server-only";
import type { Tx } from "@/server/db/client";

/**
 * Paths of the units that ended into the subtree at `unitPath` (merged, split or renamed into
 * one of its units, at any remove and with their own subtrees): what the successor's users read
 * as history. Units already inside the subtree are left out.
 *
 * One recursive statement (read with every session check whose snapshot moved, so it is paid
 * on most requests while people write): the walk from the subtree's units back through their
 * predecessors, any number of steps, `UNION` stopping at units already reached.
 */
export async function inheritedUnitPaths(db: Tx, unitPath: string): Promise<string[]> {
  const subtree = `${unitPath.replace(/[\\%_]/g, "\\$&")}%`;
  const rows = await db.$queryRaw<{ path: string }[]>`
    WITH RECURSIVE reached (id, path) AS (
      SELECT p."id", p."path"
      FROM "Unit" u
      JOIN "UnitSuccession" s ON s."successorId" = u."id"
      JOIN "Unit" p ON p."id" = s."predecessorId"
      WHERE u."path" LIKE ${subtree}
      UNION
      SELECT p."id", p."path"
      FROM reached r
      JOIN "UnitSuccession" s ON s."successorId" = r."id"
      JOIN "Unit" p ON p."id" = s."predecessorId"
    )
    SELECT DISTINCT "path" FROM reached WHERE "path" NOT LIKE ${subtree}`;
  const paths = rows.map((row) => row.path);
  // A path inside another inherited path adds nothing.
  return paths.filter((path) => !paths.some((other) => other !== path && path.startsWith(other))).sort();
}
