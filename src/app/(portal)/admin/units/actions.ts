"use server";

import { formAction } from "@/server/http/server-action";
import { createUnitRecord } from "@/server/units/create-unit";
import { endUnit } from "@/server/units/end-unit";
import { mergeUnits } from "@/server/units/merge-units";
import { renameUnit } from "@/server/units/rename-unit";
import {
  ZCreateUnitSchema,
  ZEndUnitSchema,
  ZMergeUnitsSchema,
  ZRenameUnitSchema,
  ZSplitUnitSchema,
} from "@/server/units/schemas";
import { splitUnit } from "@/server/units/split-unit";
import { orgTree } from "@/messages/vi/org-tree";

const pages = () => ["/admin/units", "/admin/organizations", "/admin/people", ["/", "layout"] as const];

export const createUnitAction = formAction({
  schema: ZCreateUnitSchema,
  run: ({ actor, input }) => createUnitRecord({ actor, input }),
  revalidate: pages,
  done: () => orgTree.units.created,
});

export const renameUnitAction = formAction({
  schema: ZRenameUnitSchema,
  run: ({ actor, input }) => renameUnit({ actor, input }),
  revalidate: pages,
  done: () => orgTree.units.renamed,
});

export const mergeUnitsAction = formAction({
  schema: ZMergeUnitsSchema,
  run: ({ actor, input }) => mergeUnits({ actor, input }),
  revalidate: pages,
  done: () => orgTree.units.merged,
});

export const splitUnitAction = formAction({
  schema: ZSplitUnitSchema,
  run: ({ actor, input }) => splitUnit({ actor, input }),
  revalidate: pages,
  done: () => orgTree.units.splitDone,
});

export const endUnitAction = formAction({
  schema: ZEndUnitSchema,
  run: ({ actor, input }) => endUnit({ actor, input }),
  revalidate: pages,
  done: () => orgTree.units.endedDone,
});
