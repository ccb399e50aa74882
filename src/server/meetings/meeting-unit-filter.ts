import "server-only";
import type { Actor } from "@/server/auth/actor";
import { narrowChoices } from "@/lib/picker";
import { listMeetingFormOptions } from "./meeting-form-options";

/**
 * The units the meeting list's filter offers (a searchable picker, at most PICKER_LIMIT): those
 * whose name holds every word of `unitQuery`, else the first of the tree (the actor's unit, then
 * its subtree in order), plus the selected one. From the form options, reused until the data changes.
 */
export async function listMeetingUnitFilter(actor: Actor, { unitQuery, unitId }: { unitQuery?: string; unitId?: string }) {
  const { filterUnits } = await listMeetingFormOptions(actor);
  return { units: narrowChoices(filterUnits, { query: unitQuery, selectedId: unitId }), total: filterUnits.length };
}
