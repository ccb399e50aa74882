import { z } from "zod";
import { ANSWER_STATUSES } from "./form-fields";
import { choiceParam, ZIdParam, ZPageParam, ZSearchParam } from "@/lib/schema-fields";
import { recommendations } from "@/messages/vi/recommendations";
import { validation } from "@/messages/vi/validation";
import { cleanText } from "@/lib/text";

export const ANSWER_MAX = 5_000;
export const RECOMMENDATION_STATUSES = ["OPEN", "ANSWERED", "FORWARDED", "CLOSED"] as const;

export const ZAnswerStatusSchema = z.enum(ANSWER_STATUSES, { error: validation.invalidChoice });

export const ZAnswerRecommendationSchema = z
  .object({
    recommendationId: z.string().min(1),
    status: ZAnswerStatusSchema,
    answer: z
      .string()
      .optional()
      .transform((value) => cleanText(value ?? ""))
      .pipe(z.string().max(ANSWER_MAX, validation.tooLong(ANSWER_MAX))),
  })
  .superRefine((value, context) => {
    if (value.status !== "CLOSED" && value.answer === "")
      context.addIssue({ code: "custom", path: ["answer"], message: recommendations.answerRequired });
  });
export type TAnswerRecommendationInput = z.input<typeof ZAnswerRecommendationSchema>;

/** `/recommendations?period=…&org=…&status=…&page=…`: a bad value falls back to no filter. */
export const ZRecommendationListParams = z.object({
  period: ZIdParam,
  org: ZIdParam,
  /** Words narrowing the organization picker (server-side search). */
  orgq: ZSearchParam,
  status: choiceParam(RECOMMENDATION_STATUSES),
  page: ZPageParam,
});
