import { z } from "zod";
import { checkbox, day, optionalText, text, validity } from "@/lib/tree-fields";
import { validation } from "@/messages/vi/validation";
import { orgTree } from "@/messages/vi/org-tree";

export const UNIT_LEVELS = ["PROVINCE", "DISTRICT", "COMMUNE"] as const;

/** A unit as named for its documents. */
const unitNaming = {
  name: text(),
  kindWord: text(40),
  committeeName: text(),
  superiorBodyName: optionalText(),
  numberSuffix: text(10),
  placeName: text(80),
};

export const ZCreateUnitSchema = z.object({
  code: z
    .string({ error: validation.required })
    .trim()
    .min(1, validation.required)
    .max(20)
    .regex(/^[A-Za-z0-9_-]+$/, validation.invalidChoice),
  level: z.enum(UNIT_LEVELS, { error: validation.invalidChoice }),
  parentId: optionalText(60),
  ...unitNaming,
  ...validity,
  isHistorical: checkbox,
});
export type TCreateUnitInput = z.input<typeof ZCreateUnitSchema>;

export const ZRenameUnitSchema = z.object({
  unitId: text(60),
  effectiveOn: day,
  ...unitNaming,
  note: optionalText(500),
});
export type TRenameUnitInput = z.input<typeof ZRenameUnitSchema>;

/** Several units end the day before `effectiveOn` into one new unit. */
export const ZMergeUnitsSchema = z.object({
  predecessorIds: z.array(text(60)).min(2, orgTree.rules.needTwo),
  effectiveOn: day,
  code: ZCreateUnitSchema.shape.code,
  ...unitNaming,
  note: optionalText(500),
});
export type TMergeUnitsInput = z.input<typeof ZMergeUnitsSchema>;

/** One unit ends the day before `effectiveOn` into several: one line per new unit, "CODE | Name | Committee". */
export const ZSplitUnitSchema = z.object({
  unitId: text(60),
  effectiveOn: day,
  successors: z
    .string({ error: validation.required })
    .transform((value) =>
      value
        .split(/\r?\n/)
        .map((line) => line.split("|").map((part) => part.trim()))
        .filter((parts) => parts.some(Boolean)),
    )
    .pipe(
      z
        .array(z.tuple([z.string().regex(/^[A-Za-z0-9_-]+$/, validation.invalidChoice), z.string().min(1), z.string().min(1)]), {
          error: orgTree.rules.needSuccessors,
        })
        .min(2, orgTree.rules.needSuccessors),
    ),
  kindWord: text(40),
  numberSuffix: text(10),
  placeName: text(80),
  note: optionalText(500),
});
export type TSplitUnitInput = z.input<typeof ZSplitUnitSchema>;

export const ZEndUnitSchema = z.object({
  unitId: text(60),
  /** The last day of the unit. */
  validTo: day,
  note: optionalText(500),
});
export type TEndUnitInput = z.input<typeof ZEndUnitSchema>;
