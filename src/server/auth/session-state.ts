import "server-only";
import { Prisma } from "@prisma/client";
import { readThroughSnapshot } from "@/server/cache/snapshot-cache";
import { getDb, hotRows } from "@/server/db/client";
import { outermostPaths, reachedPredecessors, subtreePattern } from "@/server/units/inherited-scope";
import type { ActorUser } from "./actor-user";

/** What every signed-in request needs of its user: the actor's row, the session version, the inherited units, the bell's count. */
export interface SessionState {
  user: ActorUser & { sessionVersion: number };
  inheritedUnitPaths: string[];
  unread: number;
}

interface SessionRow extends Omit<ActorUser, "unit"> {
  sessionVersion: number;
  unitPath: string;
  unitName: string;
  inherited: string[];
  unread: number;
}

/**
 * The session state of user `id` in one statement on the pool (docs/decisions/0045): read
 * whenever the database snapshot has moved, which under writes is most requests, where it was
 * three statements through Prisma's raw path. The row type ties the columns to ACTOR_USER_SELECT;
 * tests/integration/sessions.test.ts compares each part with Prisma's select, the inherited-units
 * walk and a count.
 */
export async function readSessionState(db: Parameters<typeof hotRows>[0], id: string): Promise<SessionState | null> {
  const subtree = subtreePattern(Prisma.sql`(SELECT "unitPath" FROM me)`);
  const [row] = await hotRows<SessionRow>(
    db,
    Prisma.sql`
      WITH RECURSIVE me AS (
        SELECT u."id", u."username", u."fullName", u."role"::text AS "role", u."unitId", u."organizationId",
               u."isActive", u."sessionVersion", un."path" AS "unitPath", un."name" AS "unitName"
        FROM "User" u JOIN "Unit" un ON un."id" = u."unitId"
        WHERE u."id" = ${id}
      ), ${reachedPredecessors(subtree)}
      SELECT me.*,
        COALESCE((SELECT json_agg(DISTINCT "path") FROM reached WHERE "path" NOT LIKE ${subtree}), '[]'::json) AS "inherited",
        (SELECT count(*)::int FROM "Notification" n WHERE n."userId" = me."id" AND n."readAt" IS NULL) AS "unread"
      FROM me`,
  );
  if (!row) return null;
  const { unitPath, unitName, inherited, unread, ...user } = row;
  return { user: { ...user, unit: { path: unitPath, name: unitName } }, inheritedUnitPaths: outermostPaths(inherited), unread };
}

/** The session state of user `id`, read once per database snapshot (docs/decisions/0010). */
export function getSessionState(id: string): Promise<SessionState | null> {
  return readThroughSnapshot(`session:${id}`, async () => readSessionState(await getDb(), id));
}
