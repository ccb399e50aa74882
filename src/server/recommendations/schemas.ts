import { z } from "zod";
import { vi } from "@/messages/vi";
import { cleanText } from "@/lib/text";

export const ANSWER_MAX = 5_000;

export const ZAnswerStatusSchema = z.enum(["ANSWERED", "FORWARDED", "CLOSED"], { error: vi.validation.invalidChoice });

export const ZAnswerRecommendationSchema = z
  .object({
    recommendationId: z.string().min(1),
    status: ZAnswerStatusSchema,
    answer: z
      .string()
      .optional()
      .transform((value) => cleanText(value ?? ""))
      .pipe(z.string().max(ANSWER_MAX, vi.validation.tooLong(ANSWER_MAX))),
  })
  .superRefine((value, context) => {
    if (value.status !== "CLOSED" && value.answer === "")
      context.addIssue({ code: "custom", path: ["answer"], message: vi.recommendations.answerRequired });
  });
export type TAnswerRecommendationInput = z.input<typeof ZAnswerRecommendationSchema>;
