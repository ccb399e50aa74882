import { z } from "zod";
import { isCalendarDay } from "@/lib/dates";
import { validation } from "@/messages/vi/validation";

/** Field rules shared by the organization tree's schemas (units, bodies, people). */
export const text = (max = 200) => z.string({ error: validation.required }).trim().min(1, validation.required).max(max);
export const optionalText = (max = 200) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((value) => value || null);
export const day = z.string({ error: validation.required }).refine(isCalendarDay, validation.invalidDate);
export const optionalDay = z
  .string()
  .optional()
  .transform((value) => value || null)
  .pipe(z.string().refine(isCalendarDay, validation.invalidDate).nullable());
/** When a unit or body of the tree exists: from and to a day, either open. */
export const validity = { validFrom: optionalDay, validTo: optionalDay };
/** A checkbox: the form sends "on" when ticked (form-input reads it as a flag). */
export const checkbox = z.boolean().default(false);
