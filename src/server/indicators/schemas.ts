import { z } from "zod";
import { REPORTING_KINDS } from "./form-fields";
import { indicators } from "@/messages/vi/indicators";
import { validation } from "@/messages/vi/validation";
import { cleanText } from "@/lib/text";

/** Only the messages this module shows (the client bundle carries no other catalogue). */
const vi = { indicators, validation };

export { REPORTING_KINDS };

const text = (max: number) =>
  z
    .string({ error: vi.validation.required })
    .transform(cleanText)
    .pipe(z.string().min(1, vi.validation.required).max(max, vi.validation.tooLong(max)));

export const ZIndicatorSchema = z.object({
  id: z
    .string()
    .optional()
    .transform((value) => value || null),
  organizationKind: z.enum(REPORTING_KINDS, { error: vi.validation.invalidChoice }),
  code: z
    .string({ error: vi.validation.required })
    .transform((value) => value.trim().toLowerCase())
    .pipe(z.string().regex(/^[a-z0-9_-]{2,40}$/, vi.indicators.codeFormat)),
  name: text(200),
  unitLabel: text(40),
  isMoney: z.boolean().default(false),
  isActive: z.boolean().default(true),
  sortOrder: z.coerce.number({ error: vi.validation.invalidNumber }).int(vi.validation.invalidNumber).min(0).max(999).default(0),
});
export type TIndicatorInput = z.input<typeof ZIndicatorSchema>;
