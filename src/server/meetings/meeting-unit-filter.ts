import "server-only";
import { actorScopeKey, type Actor } from "@/server/auth/actor";
import { can } from "@/server/auth/policy";
import { readThroughScope } from "@/server/cache/change-scope";
import { getDb } from "@/server/db/client";
import { vietnamDay } from "@/lib/dates";
import { narrowChoices } from "@/lib/picker";
import { listPeriods, unitLabel } from "./meeting-form-options";

/**
 * What the meeting list filters by: every period, and the units of the actor's subtree and,
 * after a merger, of its predecessors (read-only history). Only names, not the forms'
 * organizations and directory (a province's ~600 bodies and its people), which a list read
 * that missed the cache used to load for nothing. Reused until the data changes.
 */
export function listMeetingListFilters(actor: Actor) {
  return readThroughScope(actor, ["read:meeting"], `meeting-list-filters:${actorScopeKey(actor)}`, () =>
    loadMeetingListFilters(actor),
  );
}

async function loadMeetingListFilters(actor: Actor) {
  const db = await getDb();
  const today = vietnamDay(new Date());
  const paths = can(actor, "read:meeting") ? [actor.unitPath, ...(actor.inheritedUnitPaths ?? [])] : [];
  const [units, periods] = await Promise.all([
    paths.length
      ? db.unit.findMany({
          where: { OR: paths.map((path) => ({ path: { startsWith: path } })) },
          orderBy: { path: "asc" },
          select: { id: true, name: true, validTo: true, path: true },
        })
      : Promise.resolve([]),
    listPeriods(db),
  ]);
  // The actor's own subtree first, in tree order, then the predecessors' units.
  const own = (path: string) => (path.startsWith(actor.unitPath) ? 0 : 1);
  units.sort((a, b) => own(a.path) - own(b.path));
  return { periods, filterUnits: units.map((unit) => ({ id: unit.id, label: unitLabel(unit, today) })) };
}

/**
 * The units the meeting list's filter offers (a searchable picker, at most PICKER_LIMIT): those
 * whose name holds every word of `unitQuery`, else the first of the tree (the actor's unit, then
 * its subtree in order), plus the selected one.
 */
export async function listMeetingUnitFilter(actor: Actor, { unitQuery, unitId }: { unitQuery?: string; unitId?: string }) {
  const { filterUnits } = await listMeetingListFilters(actor);
  return { units: narrowChoices(filterUnits, { query: unitQuery, selectedId: unitId }), total: filterUnits.length };
}
