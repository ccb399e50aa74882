import { z } from "zod";
import { ZIdParam, ZPageParam, ZSearchParam } from "@/lib/schema-fields";
import { directives } from "@/messages/vi/directives";
import { validation } from "@/messages/vi/validation";
import { cleanText } from "@/lib/text";

/** Only the messages this module shows (the client bundle carries no other catalogue). */
const vi = { directives, validation };

export const DIRECTIVE_TEXT_MAX = 5_000;
export const DIRECTIVE_REASON_MAX = 2_000;
export const DIRECTIVE_STATUSES = ["OPEN", "IN_PROGRESS", "DONE", "CANCELLED"] as const;

const requiredText = (max: number) =>
  z
    .string({ error: vi.validation.required })
    .transform(cleanText)
    .pipe(z.string().min(1, vi.validation.required).max(max, vi.validation.tooLong(max)));

/** "" or absent: no percent; otherwise an integer 0–100. */
const ZPercent = z
  .union([z.string(), z.number()])
  .optional()
  .transform((value, context) => {
    if (value === undefined || (typeof value === "string" && value.trim() === "")) return null;
    const number = typeof value === "number" ? value : Number(value.trim().replace(/%$/, ""));
    if (!Number.isInteger(number) || number < 0 || number > 100) {
      context.addIssue({ code: "custom", message: vi.directives.percentRange });
      return z.NEVER;
    }
    return number;
  });

export const ZPostProgressSchema = z.object({
  directiveId: z.string().min(1),
  body: requiredText(DIRECTIVE_TEXT_MAX),
  percent: ZPercent,
});
export type TPostProgressInput = z.input<typeof ZPostProgressSchema>;

export const ZProposeDoneSchema = z.object({
  directiveId: z.string().min(1),
  resultSummary: requiredText(DIRECTIVE_TEXT_MAX),
});
export type TProposeDoneInput = z.input<typeof ZProposeDoneSchema>;

export const ZConfirmDoneSchema = z.object({ directiveId: z.string().min(1) });

export const ZDirectiveReasonSchema = z.object({
  directiveId: z.string().min(1),
  reason: requiredText(DIRECTIVE_REASON_MAX),
});
export type TDirectiveReasonInput = z.input<typeof ZDirectiveReasonSchema>;

const optionalId = ZIdParam;

export const ZListDirectivesSchema = z.object({
  status: z
    .string()
    .optional()
    .transform((value) =>
      DIRECTIVE_STATUSES.includes(value as (typeof DIRECTIVE_STATUSES)[number])
        ? (value as (typeof DIRECTIVE_STATUSES)[number])
        : undefined,
    ),
  organizationId: optionalId,
  meetingId: optionalId,
  periodId: optionalId,
  documentId: optionalId,
  category: z
    .string()
    .optional()
    .catch(undefined)
    .transform((value) => cleanText(value ?? "").slice(0, 120) || undefined),
  overdue: z
    .union([z.boolean(), z.string()])
    .optional()
    .transform((value) => value === true || value === "1" || value === "true"),
  /** Only the actor's own organization's tasks (lead or support). */
  mine: z
    .union([z.boolean(), z.string()])
    .optional()
    .transform((value) => value === true || value === "1" || value === "true"),
  q: ZSearchParam,
  page: ZPageParam,
});
export type TListDirectivesInput = z.input<typeof ZListDirectivesSchema>;
