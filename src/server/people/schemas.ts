import { z } from "zod";
import { checkbox, day, optionalDay, optionalText, text } from "@/lib/tree-fields";

/** A post held in a body for a term. */
const post = {
  title: text(),
  organizationId: optionalText(60),
  isPartyPost: checkbox,
  isLeader: checkbox,
  startDate: day,
  endDate: optionalDay,
};

export const ZCreatePersonSchema = z.object({ unitId: text(60), fullName: text(120), ...post });
export type TCreatePersonInput = z.input<typeof ZCreatePersonSchema>;

export const ZAddPositionSchema = z.object({ personId: text(60), ...post });
export type TAddPositionInput = z.input<typeof ZAddPositionSchema>;

export const ZEndPositionSchema = z.object({ positionId: text(60), endDate: day });
export type TEndPositionInput = z.input<typeof ZEndPositionSchema>;
