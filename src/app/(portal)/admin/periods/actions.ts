"use server";

import { revalidatePath } from "next/cache";
import { formValues, type FormState } from "@/lib/form-state";
import { actorOrThrow } from "@/server/auth/session";
import { errorToFormState } from "@/server/form-errors";
import { formText, formTexts } from "@/server/http/action-input";
import { generatePeriods } from "@/server/periods/generate-periods";
import { setPeriodDeadline } from "@/server/periods/set-deadline";
import { vi } from "@/messages/vi";

export async function generatePeriodsAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  try {
    const actor = await actorOrThrow();
    const result = await generatePeriods({
      actor,
      input: { year: formText(formData, "year") as never, types: formTexts(formData, "types") as never },
    });
    revalidatePath("/admin/periods");
    return { status: "success", message: vi.periods.generated(result.count), values };
  } catch (error) {
    return errorToFormState(error, values);
  }
}

export async function setDeadlineAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  try {
    const actor = await actorOrThrow();
    await setPeriodDeadline({
      actor,
      input: {
        periodId: formText(formData, "periodId"),
        unitId: formText(formData, "unitId"),
        day: formText(formData, "day"),
        time: formText(formData, "time"),
      },
    });
    revalidatePath("/admin/periods");
    return { status: "success", message: vi.periods.deadlineSaved, values };
  } catch (error) {
    return errorToFormState(error, values);
  }
}
