"use server";

import { revalidatePath } from "next/cache";
import { formValues, type FormState } from "@/lib/form-state";
import { actorOrThrow } from "@/server/auth/session";
import { errorToFormState } from "@/server/form-errors";
import { createUser } from "@/server/users/create-user";
import { resetPassword } from "@/server/users/reset-password";
import { setUserActive } from "@/server/users/set-user-active";
import { updateUser } from "@/server/users/update-user";
import { vi } from "@/messages/vi";

function fields(formData: FormData) {
  return {
    fullName: String(formData.get("fullName") ?? ""),
    email: String(formData.get("email") ?? ""),
    role: String(formData.get("role") ?? "") as never,
    unitId: String(formData.get("unitId") ?? ""),
    organizationId: String(formData.get("organizationId") ?? ""),
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
        username: String(formData.get("username") ?? ""),
        password: String(formData.get("password") ?? ""),
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
    await updateUser({ actor, input: { ...fields(formData), userId: String(formData.get("userId") ?? "") } });
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
      input: { userId: String(formData.get("userId") ?? ""), password: String(formData.get("password") ?? "") },
    });
    return { status: "success", message: vi.users.passwordReset };
  } catch (error) {
    return errorToFormState(error, {});
  }
}

export async function setUserActiveAction(_previous: FormState, formData: FormData): Promise<FormState> {
  try {
    const actor = await actorOrThrow();
    await setUserActive({ actor, userId: String(formData.get("userId") ?? ""), isActive: formData.get("isActive") === "true" });
    revalidatePath("/admin/users");
    return { status: "success", message: vi.users.updated };
  } catch (error) {
    return errorToFormState(error, {});
  }
}
