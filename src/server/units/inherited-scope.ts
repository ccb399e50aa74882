import "server-only";
import { Prisma } from "@prisma/client";
import type { Tx } from "@/server/db/client";

/** A `LIKE` pattern matching the subtree at `unitPath`, as SQL over an expression holding the path. */
export function subtreePattern(path: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`replace(replace(replace(${path}, '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '%'`;
}

/**
 * The recursive `reached (id, path)` of a `WITH RECURSIVE`: the units that ended into the subtree
 * matched by `subtree` (a LIKE pattern), any number of steps back through `UnitSuccession`,
 * `UNION` stopping at units already reached. Units inside the subtree are among them; callers
 * leave them out.
 */
export function reachedPredecessors(subtree: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`reached (id, path) AS (
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
    )`;
}

/** The paths that are not inside another of them, sorted: a path inside another inherited path adds nothing. */
export function outermostPaths(paths: readonly string[]): string[] {
  return paths.filter((path) => !paths.some((other) => other !== path && path.startsWith(other))).sort();
}

/**
 * Paths of the units that ended into the subtree at `unitPath` (merged, split or renamed into
 * one of its units, at any remove and with their own subtrees): what the successor's users read
 * as history. Units already inside the subtree are left out. One recursive statement; the
 * session check reads the same walk inside its own statement (src/server/auth/session-state.ts).
 */
export async function inheritedUnitPaths(db: Tx, unitPath: string): Promise<string[]> {
  const subtree = subtreePattern(Prisma.sql`${unitPath}::text`);
  const rows = await db.$queryRaw<{ path: string }[]>`
    WITH RECURSIVE ${reachedPredecessors(subtree)}
    SELECT DISTINCT "path" FROM reached WHERE "path" NOT LIKE ${subtree}`;
  return outermostPaths(rows.map((row) => row.path));
}
