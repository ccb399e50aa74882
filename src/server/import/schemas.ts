import { z } from "zod";
import { viImport } from "@/messages/vi/import";
import { validation } from "@/messages/vi/validation";
import { MAX_INPUT_CHARS, MAX_UPLOAD_LABEL } from "./form-fields";

/** Step 1: pasted text (the file, when any, travels as the form's `file` field). */
export const ZReadImportSchema = z.object({
  text: z
    .string()
    .optional()
    .transform((value) => value ?? "")
    .pipe(z.string().max(MAX_INPUT_CHARS, viImport.errors.TOO_LARGE(MAX_UPLOAD_LABEL))),
});
export type TReadImportInput = z.input<typeof ZReadImportSchema>;

const shortText = (max: number) => z.string().max(max, validation.tooLong(max)).default("");
const optionalId = z
  .string()
  .optional()
  .nullable()
  .transform((value) => (value ? value : null));

/** Step 2: the draft as the secretary corrected it on the review screen. */
export const ZConfirmImportSchema = z.object({
  /** The normalised source text: its SHA-256 goes into the audit log. */
  source: z.string().min(1).max(MAX_INPUT_CHARS),
  unitId: z.string({ error: validation.required }).min(1, validation.required),
  periodId: z.string({ error: validation.required }).min(1, validation.required),
  kind: z.enum(["LIAISON", "BRIEFING"]),
  title: z.string().trim().min(1, validation.required).max(300, validation.tooLong(300)),
  date: z.union([z.literal(""), z.string().regex(/^\d{4}-\d{2}-\d{2}$/, validation.invalidDate)]).default(""),
  place: shortText(300),
  chairPersonId: optionalId,
  chairName: shortText(120),
  chairPosition: shortText(300),
  attendees: z
    .array(
      z.object({
        personId: optionalId,
        name: z.string().trim().min(1, validation.required).max(120),
        position: shortText(300),
        organizationId: optionalId,
        role: z.enum(["CO_CHAIR", "REPORTER", "SPEAKER", "ATTENDEE"]),
      }),
    )
    .max(100)
    .default([]),
  representedOrganizationIds: z.array(z.string().min(1)).max(50).default([]),
  represented: z.array(z.string().max(300)).max(50).default([]),
  documents: z
    .array(z.object({ code: z.string().max(60), date: z.string().max(10).nullable().default(null) }))
    .max(100)
    .default([]),
  results: z.array(z.string().max(5000)).max(100).default([]),
  shortcomings: z.array(z.string().max(5000)).max(100).default([]),
  directives: z.array(z.string().max(5000)).max(100).default([]),
});
export type TConfirmImportInput = z.input<typeof ZConfirmImportSchema>;
export type TConfirmImport = z.output<typeof ZConfirmImportSchema>;
