"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { SelectField, TextAreaField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { initialFormState, type FormState } from "@/lib/form-state";
import { ANSWER_STATUSES } from "@/server/recommendations/form-fields";
import { useFieldErrors } from "@/components/use-field-errors";
import { recommendationStatus } from "@/messages/vi/labels";
import { recommendations } from "@/messages/vi/recommendations";

/** Only the messages this module shows (the client bundle carries no other catalogue). */
const vi = { recommendationStatus, recommendations };

// zod loads when the form is first focused, not with the page (docs/decisions/0026).
const loadSchema = () => import("@/server/recommendations/schemas").then((m) => m.ZAnswerRecommendationSchema);

export function AnswerForm({
  action,
  recommendationId,
  answer,
  status,
  label,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  recommendationId: string;
  answer: string;
  status: string;
  /** The form's accessible name: unique on the page, naming the recommendation it answers. */
  label: string;
}) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const value = (name: string, fallback: string) => state.values?.[name] ?? fallback;
  const { error, formProps } = useFieldErrors(loadSchema, state);
  return (
    <form action={formAction} {...formProps} className="mt-2 space-y-2" aria-label={label}>
      <FormMessage state={state} />
      <input type="hidden" name="recommendationId" value={recommendationId} />
      <TextAreaField
        id={`answer-${recommendationId}`}
        label={vi.recommendations.answer}
        name="answer"
        rows={3}
        defaultValue={value("answer", answer)}
        error={error("answer")}
      />
      <SelectField
        id={`status-${recommendationId}`}
        label={vi.recommendations.newStatus}
        name="status"
        defaultValue={value("status", status === "OPEN" ? "ANSWERED" : status)}
        error={error("status")}
      >
        {ANSWER_STATUSES.map((item) => (
          <option key={item} value={item}>
            {vi.recommendationStatus[item]}
          </option>
        ))}
      </SelectField>
      <Button type="submit" disabled={pending}>
        {vi.recommendations.submitAnswer}
      </Button>
    </form>
  );
}
