import { z } from "zod";
import { isCalendarDay, isClockTime } from "@/lib/dates";
import { vi } from "@/messages/vi";

/** Monthly trực báo uses MONTH periods (issue 14 §5). */
export const PERIOD_TYPES = ["MONTH", "QUARTER", "HALF_YEAR", "NINE_MONTHS", "YEAR"] as const;

export const ZGeneratePeriodsSchema = z.object({
  year: z.coerce
    .number({ error: vi.periods.invalidYear })
    .int(vi.periods.invalidYear)
    .min(2000, vi.periods.invalidYear)
    .max(2100, vi.periods.invalidYear),
  types: z.array(z.enum(PERIOD_TYPES, { error: vi.validation.invalidChoice })).min(1, vi.periods.noKind),
});
export type TGeneratePeriodsInput = z.input<typeof ZGeneratePeriodsSchema>;

export const ZSetDeadlineSchema = z.object({
  periodId: z.string().min(1, vi.validation.required),
  unitId: z.string().min(1, vi.validation.required),
  day: z.string({ error: vi.validation.required }).refine(isCalendarDay, vi.validation.invalidDate),
  time: z
    .string()
    .optional()
    .transform((value) => value || "17:00")
    .pipe(z.string().refine(isClockTime, vi.periods.invalidTime)),
});
export type TSetDeadlineInput = z.input<typeof ZSetDeadlineSchema>;
