"use server";

import { formAction } from "@/server/http/server-action";
import { answerRecommendation } from "@/server/recommendations/answer-recommendation";
import { ZAnswerRecommendationSchema } from "@/server/recommendations/schemas";
import { vi } from "@/messages/vi";

export const answerRecommendationAction = formAction({
  schema: ZAnswerRecommendationSchema,
  run: ({ actor, input }) => answerRecommendation({ actor, input }),
  revalidate: () => ["/recommendations", ["/reports", "layout"]],
  done: () => vi.recommendations.answered,
  keepValues: true,
});
