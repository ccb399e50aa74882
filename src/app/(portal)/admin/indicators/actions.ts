"use server";

import { revalidatePath } from "next/cache";
import { formValues, type FormState } from "@/lib/form-state";
import { actorOrThrow } from "@/server/auth/session";
import { errorToFormState } from "@/server/form-errors";
import { formText } from "@/server/http/action-input";
import { saveIndicator } from "@/server/indicators/save-indicator";
import { vi } from "@/messages/vi";

export async function saveIndicatorAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const id = formText(formData, "id");
  try {
    const actor = await actorOrThrow();
    await saveIndicator({
      actor,
      input: {
        id,
        organizationKind: formText(formData, "organizationKind") as never,
        code: formText(formData, "code"),
        name: formText(formData, "name"),
        unitLabel: formText(formData, "unitLabel"),
        isMoney: formText(formData, "isMoney") === "on",
        isActive: formText(formData, "isActive") === "on",
        sortOrder: (formText(formData, "sortOrder") || "0") as never,
      },
    });
    revalidatePath("/admin/indicators");
    return { status: "success", message: id ? vi.indicators.updated : vi.indicators.created, values: id ? values : undefined };
  } catch (error) {
    return errorToFormState(error, values);
  }
}
