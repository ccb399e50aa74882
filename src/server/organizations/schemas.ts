import { z } from "zod";
import { checkbox, day, optionalText, text, validity } from "@/lib/tree-fields";
import { validation } from "@/messages/vi/validation";

export const ORGANIZATION_KINDS = [
  "PROPAGANDA_MASS_MOBILIZATION_BOARD",
  "MASS_MOBILIZATION_BOARD",
  "ORGANIZATION_BOARD",
  "PARTY_OFFICE",
  "PEOPLES_COMMITTEE",
  "PEOPLES_COUNCIL",
  "PEOPLES_COUNCIL_OFFICE",
  "NATIONAL_ASSEMBLY_DELEGATION_OFFICE",
  "MTTQ",
  "VETERANS",
  "YOUTH_UNION",
  "WOMEN_UNION",
  "FARMERS_UNION",
  "LABOR_FEDERATION",
  "OTHER",
] as const;

export const ZCreateOrganizationSchema = z.object({
  unitId: text(60),
  kind: z.enum(ORGANIZATION_KINDS, { error: validation.invalidChoice }),
  name: text(),
  shortName: text(60),
  parentId: optionalText(60),
  submitsReports: checkbox,
  ...validity,
});
export type TCreateOrganizationInput = z.input<typeof ZCreateOrganizationSchema>;

/** A body renamed from a day on: records written before keep the name they were written with. */
export const ZRenameOrganizationSchema = z.object({
  organizationId: text(60),
  name: text(),
  shortName: text(60),
  effectiveOn: day,
});
export type TRenameOrganizationInput = z.input<typeof ZRenameOrganizationSchema>;
