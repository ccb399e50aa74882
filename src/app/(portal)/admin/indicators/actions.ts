"use server";

import { revalidatePath } from "next/cache";
import { formValues, type FormState } from "@/lib/form-state";
import { actorOrThrow } from "@/server/auth/session";
import { errorToFormState } from "@/server/form-errors";
import { saveIndicator } from "@/server/indicators/save-indicator";
import { vi } from "@/messages/vi";

export async function saveIndicatorAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const id = String(formData.get("id") ?? "");
  try {
    const actor = await actorOrThrow();
    await saveIndicator({
      actor,
      input: {
        id,
        organizationKind: String(formData.get("organizationKind") ?? "") as never,
        code: String(formData.get("code") ?? ""),
        name: String(formData.get("name") ?? ""),
        unitLabel: String(formData.get("unitLabel") ?? ""),
        isMoney: formData.get("isMoney") === "on",
        isActive: formData.get("isActive") === "on",
        sortOrder: String(formData.get("sortOrder") ?? "0") as never,
      },
    });
    revalidatePath("/admin/indicators");
    return { status: "success", message: id ? vi.indicators.updated : vi.indicators.created, values: id ? values : undefined };
  } catch (error) {
    return errorToFormState(error, values);
  }
}
