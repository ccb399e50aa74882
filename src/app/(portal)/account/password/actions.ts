"use server";

import { formAction } from "@/server/http/server-action";
import { changeOwnPassword } from "@/server/users/change-own-password";
import { ZChangeOwnPasswordSchema } from "@/server/users/schemas";
import { vi } from "@/messages/vi";

export const changeOwnPasswordAction = formAction({
  schema: ZChangeOwnPasswordSchema,
  run: ({ actor, input }) => changeOwnPassword({ actor, input }),
  done: () => vi.account.done,
});
