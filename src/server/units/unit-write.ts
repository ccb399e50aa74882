import "server-only";
import { message } from "@/messages/message-ref";
import type { UnitLevel, UnitSuccessionKind } from "@prisma/client";
import type { Actor } from "@/server/auth/actor";
import { scopesFor } from "@/server/auth/policy";
import type { Tx } from "@/server/db/client";
import { AppError } from "@/server/errors";
import { standardBodies } from "@/lib/standard-bodies";
import { orgTree } from "@/messages/vi/org-tree";
import { assertLevelAllowed, dayBefore, dayToDate } from "./unit-rules";

export interface NewUnit {
  code: string;
  level: UnitLevel;
  parentId: string | null;
  name: string;
  kindWord: string;
  committeeName: string;
  superiorBodyName: string | null;
  numberSuffix: string;
  placeName: string;
  validFrom: string | null;
  validTo: string | null;
  isHistorical: boolean;
}

const PARENT_LEVELS: Record<UnitLevel, UnitLevel[]> = {
  PROVINCE: [],
  DISTRICT: ["PROVINCE"],
  // Communes sat under districts before July 2025 and sit directly under provinces since.
  COMMUNE: ["PROVINCE", "DISTRICT"],
};

/** A unit the actor may manage: within their subtree unless they manage units anywhere. */
export async function managedUnit(tx: Tx, actor: Actor, unitId: string) {
  const unit = await tx.unit.findUnique({
    where: { id: unitId },
    select: {
      id: true,
      code: true,
      name: true,
      level: true,
      path: true,
      parentId: true,
      validFrom: true,
      validTo: true,
      kindWord: true,
      placeName: true,
    },
  });
  if (!unit) throw new AppError("NOT_FOUND");
  const anywhere = scopesFor(actor, "manage:unit").includes("any");
  if (!anywhere && !unit.path.startsWith(actor.unitPath)) throw new AppError("FORBIDDEN");
  return unit;
}

/** Inserts a unit, its committee row valid from its first day and, unless historical, its standard bodies. */
export async function insertUnit(tx: Tx, actor: Actor, input: NewUnit, options: { standardBodies: boolean }) {
  assertLevelAllowed(input);
  if (input.validFrom && input.validTo && input.validTo < input.validFrom)
    throw new AppError("INVALID_INPUT", message("orgTree.rules.endBeforeStart"), { validTo: orgTree.rules.endBeforeStart });
  const parent = input.parentId ? await managedUnit(tx, actor, input.parentId) : null;
  if ((parent && !PARENT_LEVELS[input.level].includes(parent.level)) || (!parent && input.level !== "PROVINCE"))
    throw new AppError("INVALID_INPUT", message("orgTree.rules.badParent"), { parentId: orgTree.rules.badParent });
  const taken = await tx.unit.findUnique({ where: { code: input.code }, select: { id: true } });
  if (taken) throw new AppError("INVALID_INPUT", message("orgTree.rules.codeTaken"), { code: orgTree.rules.codeTaken });
  const id = `unit_${input.code.toLowerCase()}`;
  const unit = await tx.unit.create({
    data: {
      id,
      code: input.code,
      name: input.name,
      kindWord: input.kindWord,
      committeeName: input.committeeName,
      placeName: input.placeName,
      level: input.level,
      validFrom: input.validFrom ? dayToDate(input.validFrom) : null,
      validTo: input.validTo ? dayToDate(input.validTo) : null,
      isHistorical: input.isHistorical,
      parentId: parent?.id ?? null,
      path: `${parent?.path ?? "/"}${id}/`,
    },
    select: { id: true, path: true, name: true, code: true },
  });
  await createCommittee(tx, unit.id, input, parent, {
    validFrom: input.validFrom ? dayToDate(input.validFrom) : null,
    validTo: input.validTo ? dayToDate(input.validTo) : null,
  });
  if (options.standardBodies && !input.isHistorical) {
    const place = input.level === "COMMUNE" ? input.name.charAt(0).toLocaleLowerCase("vi") + input.name.slice(1) : input.kindWord;
    await createStandardBodies(tx, unit, { ...input, place });
  }
  return unit;
}

/**
 * A committee row of a unit: the names it leads under from `validFrom` to `validTo`; unless named,
 * its superior body is the parent unit's Party committee.
 */
export async function createCommittee(
  tx: Tx,
  unitId: string,
  naming: Pick<NewUnit, "name" | "committeeName" | "superiorBodyName" | "numberSuffix" | "placeName">,
  parent: { name: string } | null,
  valid: { validFrom: Date | null; validTo: Date | null },
) {
  await tx.unitCommittee.create({
    data: {
      unitId,
      unitName: naming.name,
      name: naming.committeeName,
      superiorBodyName: naming.superiorBodyName ?? (parent ? `ĐẢNG BỘ ${parent.name.toLocaleUpperCase("vi")}` : null),
      numberSuffix: naming.numberSuffix,
      placeName: naming.placeName,
      ...valid,
    },
  });
}

/**
 * The bodies of a unit as they are after the 2025 reform (src/lib/standard-bodies.ts), ids by
 * kind; `place` is how their names call the unit ("phường Thuận Hóa", "tỉnh").
 */
export async function createStandardBodies(
  tx: Tx,
  unit: { id: string; code: string },
  bodies: { level: UnitLevel; place: string; committeeName: string; validFrom: string | null },
): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const body of standardBodies(bodies.level, bodies.place, bodies.committeeName)) {
    const created = await tx.organization.create({
      data: {
        id: `org_${unit.code.toLowerCase()}_${body.kind.toLowerCase()}`,
        unitId: unit.id,
        kind: body.kind,
        name: body.name,
        shortName: body.shortName,
        submitsReports: body.submitsReports,
        sortOrder: body.sortOrder,
        parentId: body.underFront ? (ids.get("MTTQ") ?? null) : null,
        validFrom: bodies.validFrom ? dayToDate(bodies.validFrom) : null,
      },
      select: { id: true },
    });
    ids.set(body.kind, created.id);
  }
  return ids;
}

/** Links predecessors to successors and ends each predecessor the day before. */
export async function linkSuccession(
  tx: Tx,
  links: { predecessorId: string; successorId: string }[],
  kind: UnitSuccessionKind,
  effectiveOn: string,
  note: string | null,
) {
  for (const link of links)
    await tx.unitSuccession.create({ data: { ...link, kind, effectiveOn: dayToDate(effectiveOn), note: note ?? "" } });
}

/** Ends a unit on its last day: the unit, its committee row and its bodies still open then. */
export async function closeUnit(tx: Tx, unit: { id: string; validTo: Date | null }, lastDay: Date) {
  if (unit.validTo)
    throw new AppError("INVALID_STATE", message("orgTree.rules.alreadyEnded"), { unitId: orgTree.rules.alreadyEnded });
  await tx.unit.update({ where: { id: unit.id }, data: { validTo: lastDay } });
  await tx.unitCommittee.updateMany({ where: { unitId: unit.id, validTo: null }, data: { validTo: lastDay } });
  await tx.organization.updateMany({ where: { unitId: unit.id, validTo: null }, data: { validTo: lastDay } });
}

/** What a successor unit of a merger or split names for itself; the rest follows from its predecessors. */
export type SuccessorNaming = Pick<
  NewUnit,
  "code" | "name" | "kindWord" | "committeeName" | "superiorBodyName" | "numberSuffix" | "placeName"
>;

/**
 * The steps a merger (many→one) and a split (one→many) share: the successors start on
 * `effectiveOn` under the predecessors' parent (a district's successors are communes, as after
 * the 2025 reform) with their standard bodies, every predecessor ends the day before, and each
 * predecessor is linked to each successor.
 */
export async function succeedUnits(
  tx: Tx,
  actor: Actor,
  {
    predecessors,
    successors,
    kind,
    effectiveOn,
    note,
  }: {
    predecessors: { id: string; level: UnitLevel; parentId: string | null; validTo: Date | null }[];
    successors: SuccessorNaming[];
    kind: UnitSuccessionKind;
    effectiveOn: string;
    note: string | null;
  },
) {
  const [first] = predecessors;
  const level = first.level === "DISTRICT" ? "COMMUNE" : first.level;
  const created: Awaited<ReturnType<typeof insertUnit>>[] = [];
  for (const naming of successors)
    created.push(
      await insertUnit(
        tx,
        actor,
        { ...naming, level, parentId: first.parentId, validFrom: effectiveOn, validTo: null, isHistorical: false },
        { standardBodies: true },
      ),
    );
  for (const unit of predecessors) await closeUnit(tx, unit, dayBefore(effectiveOn));
  await linkSuccession(
    tx,
    predecessors.flatMap((unit) => created.map((successor) => ({ predecessorId: unit.id, successorId: successor.id }))),
    kind,
    effectiveOn,
    note,
  );
  return created;
}
