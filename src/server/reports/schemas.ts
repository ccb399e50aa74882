import { z } from "zod";
import { REPORT_SECTIONS, reportFieldPath, reportFormInput, type ReportSection } from "./form-fields";
import {
  choiceParam,
  isRecordKey,
  MAX_DB_INT,
  ZIdParam,
  ZPageParam,
  ZRecordRef,
  ZRecordVersion,
  ZSearchParam,
} from "@/lib/schema-fields";
import { reports } from "@/messages/vi/reports";
import { validation } from "@/messages/vi/validation";
import { parseVietnameseNumber } from "@/lib/numbers";
import { cleanText } from "@/lib/text";

export const REPORT_SECTION_MAX = 20_000;
export const RECOMMENDATION_MAX = 2_000;
export const ADDRESSED_TO_MAX = 200;
export const RETURN_REASON_MAX = 2_000;
export const MAX_RECOMMENDATIONS = 30;
export { REPORT_SECTIONS, reportFieldPath, reportFormInput, type ReportSection };

const optionalText = (max: number) =>
  z
    .string({ error: validation.required })
    .optional()
    .transform((value) => cleanText(value ?? ""))
    .pipe(z.string().max(max, validation.tooLong(max)));

const requiredText = (max: number, message: string = validation.required) =>
  z
    .string({ error: message })
    .transform(cleanText)
    .pipe(z.string().min(1, message).max(max, validation.tooLong(max)));

/** A figure as typed ("1.234.567", "12,5"); empty means "not reported". */
export const ZIndicatorValueSchema = z.string().transform((value, context) => {
  const trimmed = value.trim();
  if (trimmed === "") return null;
  const number = parseVietnameseNumber(trimmed);
  if (number === null || !Number.isFinite(number)) {
    context.addIssue({ code: "custom", message: validation.invalidNumber });
    return z.NEVER;
  }
  if (number < 0) {
    context.addIssue({ code: "custom", message: validation.notNegative });
    return z.NEVER;
  }
  if (number >= 1e16) {
    context.addIssue({ code: "custom", message: validation.numberTooLarge });
    return z.NEVER;
  }
  if (Math.round(number * 100) !== number * 100) {
    context.addIssue({ code: "custom", message: validation.tooManyDecimals });
    return z.NEVER;
  }
  return number;
});

export const ZRecommendationItemSchema = z.object({
  content: optionalText(RECOMMENDATION_MAX),
  addressedTo: optionalText(ADDRESSED_TO_MAX),
});

const ZReportFields = z.object({
  reportId: z.string().min(1),
  /** The version the form was loaded with; a different stored version is a conflict. */
  version: ZRecordVersion,
  indicators: z.record(z.string(), ZIndicatorValueSchema).default({}),
  recommendations: z
    .array(ZRecommendationItemSchema)
    .max(MAX_RECOMMENDATIONS)
    .default([])
    // Blank rows are dropped; a recommendation needs content, the addressee is optional.
    .transform((items) => items.filter((item) => item.content !== "" || item.addressedTo !== ""))
    .superRefine((items, context) => {
      items.forEach((item, index) => {
        if (item.content === "") context.addIssue({ code: "custom", path: [index, "content"], message: validation.required });
      });
    }),
});

/** Saving a draft: every section may still be empty. */
export const ZSaveReportSchema = ZReportFields.extend({
  achievements: optionalText(REPORT_SECTION_MAX),
  shortcomings: optionalText(REPORT_SECTION_MAX),
  nextTasks: optionalText(REPORT_SECTION_MAX),
});
export type TSaveReportInput = z.input<typeof ZSaveReportSchema>;

/** Autosave: the report form's fields as typed (sections, `indicator.<id>`, `rec.<n>.…`), checked only for shape. */
export const ZReportDraftSchema = z.object({
  reportId: z.string().min(1),
  version: z.number().int().min(0),
  data: z.record(z.string().max(100), z.string()).refine((data) => Object.keys(data).length <= 500),
});
export type TReportDraftInput = z.input<typeof ZReportDraftSchema>;

/** Submitting: the three sections are required. */
export const ZSubmitReportSchema = ZReportFields.extend({
  achievements: requiredText(REPORT_SECTION_MAX, reports.sectionRequired),
  shortcomings: requiredText(REPORT_SECTION_MAX, reports.sectionRequired),
  nextTasks: requiredText(REPORT_SECTION_MAX, reports.sectionRequired),
});

export const ZReturnReportSchema = z.object({
  reportId: z.string().min(1),
  reason: requiredText(RETURN_REASON_MAX),
});

export const ZOpenReportSchema = z.object({ periodId: z.string().min(1, validation.required) });

/** `/reports?period=…&org=…&status=…&page=…`: a bad value falls back to no filter. */
export const ZReportListParams = z.object({
  period: ZIdParam,
  org: ZIdParam,
  /** Words narrowing the organization picker (server-side search). */
  orgq: ZSearchParam,
  status: choiceParam(["DRAFT", "SUBMITTED", "ACCEPTED", "RETURNED"]),
  page: ZPageParam,
});

/** `/reports/digest?period=…&unit=…` and `/reports/matrix?year=…&unit=…`. */
/** A meeting's companion periods shown beside its own ("with=<id>,<id>"): a few ids, anything else none. */
export const MAX_COMPANION_PERIODS = 4;
const ZCompanionPeriodsParam = z
  .string()
  .transform((value) => value.split(",").filter(Boolean))
  .pipe(z.array(z.string().refine(isRecordKey)).max(MAX_COMPANION_PERIODS))
  .optional()
  .catch(undefined);

export const ZDigestParams = z.object({ period: ZIdParam, unit: ZIdParam, with: ZCompanionPeriodsParam });
export const ZMatrixParams = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
  unit: ZIdParam,
  with: ZCompanionPeriodsParam,
  /** The unit picker's search: narrows the units offered, not the matrix. */
  unitq: ZSearchParam,
});

/** `/reports/[id]?revision=…` (an earlier revision), and the notes shown after submitting or reviewing. */
export const ZReportPageParams = z.object({
  revision: z.coerce.number().int().min(1).max(MAX_DB_INT).optional().catch(undefined),
  submitted: z.string().optional().catch(undefined),
  reviewed: choiceParam(["accepted", "returned"]),
});

/** The report buttons that name a report only (accept, upload), an attachment, or a period and unit (remind). */
export const ZReportRefSchema = z.object({ reportId: ZRecordRef });
export const ZAttachmentRefSchema = z.object({ reportId: ZRecordRef, attachmentId: ZRecordRef });
export const ZRemindMissingSchema = z.object({ periodId: ZRecordRef, unitId: ZRecordRef });

/** The report form: save, or submit after confirmation (whose use case requires the sections). */
export const ZReportFormSchema = ZSaveReportSchema.extend({ intent: z.enum(["save", "submit"]).catch("save") });

/** Autosave's arguments: the report, the version the form was loaded with, the fields as typed. */
export const ZReportAutosaveArgs = z.tuple([ZRecordRef, z.number(), z.record(z.string(), z.string())]);
