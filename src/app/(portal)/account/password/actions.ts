"use server";

import { type FormState } from "@/lib/form-state";
import { actorOrThrow } from "@/server/auth/session";
import { errorToFormState } from "@/server/form-errors";
import { formEntries } from "@/server/http/action-input";
import { changeOwnPassword } from "@/server/users/change-own-password";
import { vi } from "@/messages/vi";

export async function changeOwnPasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  try {
    const actor = await actorOrThrow();
    await changeOwnPassword({ actor, input: Object.fromEntries(formEntries(formData)) });
    return { status: "success", message: vi.account.done };
  } catch (error) {
    return errorToFormState(error, {});
  }
}
