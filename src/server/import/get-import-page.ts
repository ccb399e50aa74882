import "server-only";
import type { Actor } from "@/server/auth/actor";
import { assertCan } from "@/server/auth/policy";
import { getDb } from "@/server/db/client";
import { formatPeriod } from "@/lib/periods";
import { byFullName, directoryEntry } from "@/server/people/directory-entry";
import type { DirectoryPerson, PeriodOption, TreeUnit } from "@/lib/import-match";

/** The review screen's view model: the units the secretary may import into (with all their bodies, ended ones too), periods, and the directory with past posts. */
export async function getImportPage(
  actor: Actor,
): Promise<{ units: TreeUnit[]; periods: PeriodOption[]; people: DirectoryPerson[] }> {
  assertCan(actor, "import:meeting");
  const db = await getDb();
  const ancestors = actor.unitPath
    .split("/")
    .filter(Boolean)
    .map((_, index, parts) => `/${parts.slice(0, index + 1).join("/")}/`);
  const [units, periods, people] = await Promise.all([
    db.unit.findMany({
      where: { path: { startsWith: actor.unitPath } },
      orderBy: { path: "asc" },
      select: {
        id: true,
        name: true,
        committeeName: true,
        level: true,
        path: true,
        organizations: {
          orderBy: { sortOrder: "asc" },
          select: { id: true, name: true, shortName: true, kind: true, isActive: true },
        },
      },
    }),
    db.period.findMany({
      orderBy: [{ year: "desc" }, { type: "asc" }, { index: "desc" }],
      select: { id: true, year: true, type: true, index: true },
    }),
    db.person.findMany({
      where: { unit: { OR: [{ path: { startsWith: actor.unitPath } }, { path: { in: ancestors } }] } },
      select: {
        id: true,
        fullName: true,
        unit: { select: { path: true } },
        positions: { orderBy: { startDate: "desc" }, select: { title: true, organizationId: true, endDate: true } },
      },
    }),
  ]);
  return {
    units,
    periods: periods.map((p) => ({ ...p, label: formatPeriod(p) })),
    people: byFullName(people).map((p) => ({
      ...directoryEntry(p),
      positions: p.positions.map((x) => ({ title: x.title, organizationId: x.organizationId, ended: !!x.endDate })),
    })),
  };
}
