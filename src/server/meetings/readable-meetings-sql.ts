import "server-only";
import { Prisma } from "@prisma/client";
import type { Actor } from "@/server/auth/actor";
import { scopeOutline } from "@/server/auth/policy";

/** The meetings the actor may read, as a condition over "Meeting" m and its unit u (mirrors SCOPE_RELATIONS.meeting;
 * tests/integration/board-dashboard-sql.test.ts compares it with readableWhere for every role). */
export function readableMeetingsSql(actor: Actor): Prisma.Sql {
  const outline = scopeOutline(actor, "read:meeting");
  if (outline === "any") return Prisma.sql`TRUE`;
  const { roots, scopes } = outline;
  if (!roots.length) return Prisma.sql`FALSE`;
  const inSubtree = Prisma.sql`(${Prisma.join(
    roots.map((root) => Prisma.sql`starts_with(u.path, ${root})`),
    " OR ",
  )})`;
  const branches: Prisma.Sql[] = [];
  if (scopes.includes("unit-subtree")) branches.push(inSubtree);
  if (scopes.includes("own-org") && actor.organizationId) {
    branches.push(Prisma.sql`(${inSubtree} AND EXISTS (
      SELECT 1 FROM "MeetingInvitation" i WHERE i."meetingId" = m.id AND i."organizationId" = ${actor.organizationId}))`);
  }
  if (scopes.includes("published")) branches.push(Prisma.sql`(${inSubtree} AND m.status = 'PUBLISHED')`);
  return branches.length ? Prisma.sql`(${Prisma.join(branches, " OR ")})` : Prisma.sql`FALSE`;
}
