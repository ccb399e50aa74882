import "server-only";
import type { Actor } from "@/server/auth/actor";
import { assertCan, scopesFor } from "@/server/auth/policy";
import { getDb } from "@/server/db/client";
import { formatDate } from "@/lib/dates";
import { isEnded } from "./unit-rules";

/**
 * The units the actor manages with their validity, committee rows and successor links: what
 * /admin/units, /admin/organizations and /admin/people show and offer in their pickers.
 */
export async function getUnitsPage(actor: Actor) {
  assertCan(actor, "manage:unit");
  const db = await getDb();
  const anywhere = scopesFor(actor, "manage:unit").includes("any");
  const units = await db.unit.findMany({
    where: anywhere ? {} : { path: { startsWith: actor.unitPath } },
    orderBy: { path: "asc" },
    select: {
      id: true,
      code: true,
      name: true,
      kindWord: true,
      level: true,
      path: true,
      committeeName: true,
      placeName: true,
      validFrom: true,
      validTo: true,
      isHistorical: true,
      committees: {
        orderBy: { validFrom: { sort: "asc", nulls: "first" } },
        select: { name: true, unitName: true, validFrom: true, validTo: true },
      },
      successors: { select: { kind: true, effectiveOn: true, successor: { select: { name: true } } } },
      predecessors: { select: { kind: true, effectiveOn: true, predecessor: { select: { name: true } } } },
    },
  });
  return units.map((unit) => ({
    id: unit.id,
    code: unit.code,
    name: unit.name,
    kindWord: unit.kindWord,
    level: unit.level,
    depth: unit.path.split("/").filter(Boolean).length - 1,
    committeeName: unit.committeeName,
    placeName: unit.placeName,
    validFrom: formatDate(unit.validFrom),
    validTo: formatDate(unit.validTo),
    ended: isEnded(unit),
    isHistorical: unit.isHistorical,
    formerNames: unit.committees
      .filter((row) => row.validTo !== null && (row.unitName !== unit.name || row.name !== unit.committeeName))
      .map((row) => ({ name: row.unitName || unit.name, committeeName: row.name, until: formatDate(row.validTo) })),
    successors: unit.successors.map((link) => ({ kind: link.kind, name: link.successor.name, on: formatDate(link.effectiveOn) })),
    predecessors: unit.predecessors.map((link) => ({
      kind: link.kind,
      name: link.predecessor.name,
      on: formatDate(link.effectiveOn),
    })),
  }));
}

export type UnitRow = Awaited<ReturnType<typeof getUnitsPage>>[number];
