"use server";

import { revalidatePath } from "next/cache";
import { formValues, type FormState } from "@/lib/form-state";
import { actorOrThrow } from "@/server/auth/session";
import { errorToFormState } from "@/server/form-errors";
import { formText } from "@/server/http/action-input";
import { createUser } from "@/server/users/create-user";
import { resetPassword } from "@/server/users/reset-password";
import { setUserActive } from "@/server/users/set-user-active";
import { updateUser } from "@/server/users/update-user";
import { vi } from "@/messages/vi";

function fields(formData: FormData) {
  return {
    fullName: formText(formData, "fullName"),
    email: formText(formData, "email"),
    role: formText(formData, "role") as never,
    unitId: formText(formData, "unitId"),
    organizationId: formText(formData, "organizationId"),
  };
}

export async function createUserAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  try {
    const actor = await actorOrThrow();
    await createUser({
      actor,
      input: {
        ...fields(formData),
        username: formText(formData, "username"),
        password: formText(formData, "password"),
      },
    });
    revalidatePath("/admin/users");
    return { status: "success", message: vi.users.created };
  } catch (error) {
    return errorToFormState(error, values);
  }
}

export async function updateUserAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  try {
    const actor = await actorOrThrow();
    await updateUser({ actor, input: { ...fields(formData), userId: formText(formData, "userId") } });
    revalidatePath("/admin/users");
    return { status: "success", message: vi.users.updated, values };
  } catch (error) {
    return errorToFormState(error, values);
  }
}

export async function resetPasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  try {
    const actor = await actorOrThrow();
    await resetPassword({
      actor,
      input: { userId: formText(formData, "userId"), password: formText(formData, "password") },
    });
    return { status: "success", message: vi.users.passwordReset };
  } catch (error) {
    return errorToFormState(error, {});
  }
}

export async function setUserActiveAction(_previous: FormState, formData: FormData): Promise<FormState> {
  try {
    const actor = await actorOrThrow();
    await setUserActive({ actor, userId: formText(formData, "userId"), isActive: formText(formData, "isActive") === "true" });
    revalidatePath("/admin/users");
    return { status: "success", message: vi.users.updated };
  } catch (error) {
    return errorToFormState(error, {});
  }
}
