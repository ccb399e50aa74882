import { z } from "zod";
import { ZRecordRef, ZRecordVersion, ZTypedNumber } from "@/lib/schema-fields";
import { cleanText } from "@/lib/text";
import { validation } from "@/messages/vi/validation";
import { SIGNINGS } from "./form-fields";

const text = (max: number, required = true) =>
  z
    .string({ error: validation.required })
    .transform(cleanText)
    .pipe(
      required
        ? z.string().min(1, validation.required).max(max, validation.tooLong(max))
        : z.string().max(max, validation.tooLong(max)),
    );

/** Each section at most 20,000 characters: the layout of the largest report stays within seconds. */
const SECTION = 20000;

export const ZDraftConsolidatedReportSchema = z.object({ periodId: ZRecordRef });
export const ZConsolidatedReportRefSchema = z.object({ reportId: ZRecordRef });

export const ZUpdateConsolidatedReportSchema = z.object({
  reportId: ZRecordRef,
  version: ZRecordVersion,
  situation: text(SECTION),
  results: text(SECTION),
  shortcomings: text(SECTION, false),
  nextTasks: text(SECTION),
  proposals: text(SECTION, false),
  signing: z.enum(SIGNINGS, { error: validation.required }),
  signerName: text(120, false),
  recipients: text(4000),
});
export type TUpdateConsolidatedReportInput = z.input<typeof ZUpdateConsolidatedReportSchema>;

/** Issuing: the number the văn thư gave in a register kept outside the portal (empty: the portal numbers). */
export const ZIssueConsolidatedReportSchema = ZConsolidatedReportRefSchema.extend({ number: ZTypedNumber });
