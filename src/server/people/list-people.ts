import "server-only";
import type { Actor } from "@/server/auth/actor";
import { assertCan, scopesFor } from "@/server/auth/policy";
import { getDb } from "@/server/db/client";
import { compareVi } from "@/lib/collation";
import { formatDate } from "@/lib/dates";

/** The staff directory (danh bạ) of the units the actor manages: each person with every post and its term. */
export async function listPeoplePage(actor: Actor) {
  assertCan(actor, "manage:unit");
  const db = await getDb();
  const anywhere = scopesFor(actor, "manage:unit").includes("any");
  const people = await db.person.findMany({
    where: anywhere ? {} : { unit: { path: { startsWith: actor.unitPath } } },
    select: {
      id: true,
      fullName: true,
      unit: { select: { name: true, path: true } },
      positions: {
        orderBy: { startDate: "desc" },
        select: {
          id: true,
          title: true,
          isPartyPost: true,
          startDate: true,
          endDate: true,
          organization: { select: { shortName: true } },
        },
      },
    },
  });
  return people
    .sort((a, b) => a.unit.path.localeCompare(b.unit.path) || compareVi(a.fullName, b.fullName))
    .map((person) => ({
      id: person.id,
      fullName: person.fullName,
      unitName: person.unit.name,
      posts: person.positions.map((post) => ({
        id: post.id,
        title: post.title,
        body: post.organization?.shortName ?? null,
        isPartyPost: post.isPartyPost,
        from: formatDate(post.startDate),
        to: formatDate(post.endDate),
        current: post.endDate === null,
      })),
    }));
}

export type PersonRow = Awaited<ReturnType<typeof listPeoplePage>>[number];
