import "server-only";
import { actorScopeKey, type Actor } from "@/server/auth/actor";
import { can } from "@/server/auth/policy";
import { readThroughSnapshot } from "@/server/cache/snapshot-cache";
import { getDb } from "@/server/db/client";
import { compareVi } from "@/lib/collation";

/**
 * Units (with organizations and people), periods: what the schedule form and the list filters
 * offer. A province's tree and directory barely change, so the answer is reused until the data
 * changes (snapshot cache) instead of re-sorting the directory on every page.
 */
export function listMeetingFormOptions(actor: Actor) {
  return readThroughSnapshot(`meeting-form-options:${actorScopeKey(actor)}`, () => loadMeetingFormOptions(actor));
}

async function loadMeetingFormOptions(actor: Actor) {
  const db = await getDb();
  const scoped = can(actor, "read:meeting");
  const [units, periods] = await Promise.all([
    db.unit.findMany({
      where: scoped ? { path: { startsWith: actor.unitPath } } : { id: "-" },
      orderBy: { path: "asc" },
      select: {
        id: true,
        name: true,
        level: true,
        path: true,
        organizations: {
          where: { isActive: true },
          orderBy: { sortOrder: "asc" },
          select: {
            id: true,
            name: true,
            shortName: true,
            submitsReports: true,
          },
        },
      },
    }),
    db.period.findMany({
      orderBy: [{ year: "desc" }, { type: "asc" }, { index: "desc" }],
      select: { id: true, year: true, type: true, index: true },
    }),
  ]);
  const ancestors = actor.unitPath
    .split("/")
    .filter(Boolean)
    .map((_, index, parts) => `/${parts.slice(0, index + 1).join("/")}/`);
  const people = scoped
    ? await db.person.findMany({
        where: {
          unit: {
            OR: [{ path: { startsWith: actor.unitPath } }, { path: { in: ancestors } }],
          },
        },
        select: {
          id: true,
          fullName: true,
          unit: { select: { path: true } },
          positions: {
            orderBy: { startDate: "desc" },
            select: { title: true, organizationId: true, endDate: true },
          },
        },
      })
    : [];
  return {
    units,
    periods,
    people: people
      .sort((a, b) => compareVi(a.fullName, b.fullName))
      .map((person) => {
        const current = person.positions.find((position) => !position.endDate) ?? person.positions[0];
        return {
          id: person.id,
          fullName: person.fullName,
          unitPath: person.unit.path,
          position: current?.title ?? "",
          organizationId: current?.organizationId ?? null,
        };
      }),
    canCreate: can(actor, "create:meeting"),
  };
}

/** People of a unit and the units above it, with their positions, for chair and attendance pickers. */
export async function listDirectory(unitPath: string) {
  const db = await getDb();
  const ancestors = unitPath
    .split("/")
    .filter(Boolean)
    .map((_, index, parts) => `/${parts.slice(0, index + 1).join("/")}/`);
  const people = await db.person.findMany({
    where: { unit: { path: { in: ancestors } } },
    select: {
      id: true,
      fullName: true,
      positions: {
        orderBy: { startDate: "desc" },
        select: {
          title: true,
          organizationId: true,
          startDate: true,
          endDate: true,
        },
      },
    },
  });
  return people
    .sort((a, b) => compareVi(a.fullName, b.fullName))
    .map((person) => ({
      id: person.id,
      fullName: person.fullName,
      position: (person.positions.find((position) => !position.endDate) ?? person.positions[0])?.title ?? "",
      organizationId: (person.positions.find((position) => !position.endDate) ?? person.positions[0])?.organizationId ?? null,
    }));
}
