import { z } from "zod";
import { isCalendarDay } from "@/lib/dates";
import { vi } from "@/messages/vi";

/** Field rules shared by the organization tree's schemas (units, bodies, people). */
export const text = (max = 200) => z.string({ error: vi.validation.required }).trim().min(1, vi.validation.required).max(max);
export const optionalText = (max = 200) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((value) => value || null);
export const day = z.string({ error: vi.validation.required }).refine(isCalendarDay, vi.validation.invalidDate);
export const optionalDay = z
  .string()
  .optional()
  .transform((value) => value || null)
  .pipe(z.string().refine(isCalendarDay, vi.validation.invalidDate).nullable());
/** A checkbox: the form sends "on" when ticked (form-input reads it as a flag). */
export const checkbox = z.boolean().default(false);
