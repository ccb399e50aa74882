"use server";

import { revalidatePath } from "next/cache";
import { formValues, type FormState } from "@/lib/form-state";
import { actorOrThrow } from "@/server/auth/session";
import { errorToFormState } from "@/server/form-errors";
import { formText } from "@/server/http/action-input";
import { answerRecommendation } from "@/server/recommendations/answer-recommendation";
import { vi } from "@/messages/vi";

export async function answerRecommendationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  try {
    const actor = await actorOrThrow();
    await answerRecommendation({
      actor,
      input: {
        recommendationId: formText(formData, "recommendationId"),
        status: formText(formData, "status") as never,
        answer: formText(formData, "answer"),
      },
    });
  } catch (error) {
    return errorToFormState(error, values);
  }
  revalidatePath("/recommendations");
  revalidatePath("/reports", "layout");
  return { status: "success", message: vi.recommendations.answered, values };
}
