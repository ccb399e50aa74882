"use server";

import { formAction } from "@/server/http/server-action";
import { createUser } from "@/server/users/create-user";
import { resetPassword } from "@/server/users/reset-password";
import { ZCreateUserSchema, ZResetPasswordSchema, ZSetUserActiveSchema, ZUpdateUserSchema } from "@/server/users/schemas";
import { setUserActive } from "@/server/users/set-user-active";
import { updateUser } from "@/server/users/update-user";
import { vi } from "@/messages/vi";

const usersPage = () => ["/admin/users"];

export const createUserAction = formAction({
  schema: ZCreateUserSchema,
  run: ({ actor, input }) => createUser({ actor, input }),
  revalidate: usersPage,
  done: () => vi.users.created,
});

export const updateUserAction = formAction({
  schema: ZUpdateUserSchema,
  run: ({ actor, input }) => updateUser({ actor, input }),
  revalidate: usersPage,
  done: () => vi.users.updated,
  keepValues: true,
});

export const resetPasswordAction = formAction({
  schema: ZResetPasswordSchema,
  run: ({ actor, input }) => resetPassword({ actor, input }),
  done: () => vi.users.passwordReset,
});

export const setUserActiveAction = formAction({
  schema: ZSetUserActiveSchema,
  run: ({ actor, data }) => setUserActive({ actor, ...data }),
  revalidate: usersPage,
  done: () => vi.users.updated,
});
