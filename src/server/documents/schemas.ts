import { z } from "zod";
import { isCalendarDay } from "@/lib/dates";
import { parseDocumentCode } from "@/lib/document-codes";
import { cleanText } from "@/lib/text";
import { meetingRecordVi } from "@/messages/vi/meeting-record";
import { validation } from "@/messages/vi/validation";

const rules = meetingRecordVi.citations.rules;

const optionalText = (max: number) =>
  z
    .string()
    .optional()
    .transform((value) => cleanText(value ?? ""))
    .pipe(z.string().max(max, validation.tooLong(max)));

const id = z.string({ error: validation.required }).min(1, validation.required);

/**
 * A document a meeting or one of its directives cites, added by hand: by its code when it has
 * one ("2460/KH-UBND", a date after it is taken too), else by issuing body and title (the
 * Resolution of the XIII Congress has no number). One schema for the form and the use case.
 */
export const ZCiteDocumentSchema = z
  .object({
    meetingId: id,
    /** "" cites from the meeting itself, else from one of its directives. */
    directiveId: optionalText(200),
    issuerName: optionalText(200),
    code: optionalText(80),
    issuedOn: optionalText(10).refine((value) => !value || isCalendarDay(value), validation.invalidDate),
    title: optionalText(500),
    amendmentReason: optionalText(1000),
  })
  .superRefine((data, ctx) => {
    if (data.code && !parseDocumentCode(data.code)) ctx.addIssue({ code: "custom", path: ["code"], message: rules.badCode });
    if (!data.code && !data.title) ctx.addIssue({ code: "custom", path: ["title"], message: rules.titleRequired });
    if (!data.code && !data.issuerName) ctx.addIssue({ code: "custom", path: ["issuerName"], message: rules.issuerRequired });
  });
export type TCiteDocumentInput = z.input<typeof ZCiteDocumentSchema>;

/** Takes back a citation added by hand (those read from the texts follow the texts). */
export const ZUnciteDocumentSchema = z.object({
  meetingId: id,
  documentId: id,
  amendmentReason: optionalText(1000),
});
export type TUnciteDocumentInput = z.input<typeof ZUnciteDocumentSchema>;
