import { Role } from "@prisma/client";
import { z } from "zod";
import { account } from "@/messages/vi/account";
import { validation } from "@/messages/vi/validation";
import { cleanText } from "@/lib/text";
import { MIN_PASSWORD_LENGTH_VALUE } from "@/lib/password-rules";
import { choiceParam, ZSearchListParams } from "@/lib/schema-fields";

/** Only the messages this module shows (the client bundle carries no other catalogue). */
const vi = { account, validation };

const text = (max: number) =>
  z
    .string({ error: vi.validation.required })
    .transform(cleanText)
    .pipe(z.string().min(1, vi.validation.required).max(max, vi.validation.tooLong(max)));

/** Every role of the database enum, in its order: what the account form offers. */
export const USER_ROLES = Object.values(Role);

export const ZRoleSchema = z.enum(Role, {
  error: vi.validation.invalidChoice,
});

const optionalId = z
  .string()
  .optional()
  .transform((value) => (value ? value : null));

export const ZPasswordSchema = z
  .string({ error: vi.validation.required })
  .min(MIN_PASSWORD_LENGTH_VALUE, vi.account.tooShort)
  .max(200, vi.validation.tooLong(200));

export const ZUsernameSchema = z
  .string({ error: vi.validation.required })
  .transform((value) => value.trim().toLowerCase())
  .pipe(z.string().regex(/^[a-z0-9._-]{3,40}$/, vi.validation.usernameFormat));

const ZUserFields = z.object({
  fullName: text(120),
  email: z
    .string()
    .optional()
    .transform((value) => (value ? value.trim() : null))
    .pipe(z.email(vi.validation.invalidEmail).nullable()),
  role: ZRoleSchema,
  unitId: z.string({ error: vi.validation.required }).min(1, vi.validation.required),
  organizationId: optionalId,
});

export const ZCreateUserSchema = ZUserFields.extend({ username: ZUsernameSchema, password: ZPasswordSchema });
export type TCreateUserInput = z.input<typeof ZCreateUserSchema>;

export const ZUpdateUserSchema = ZUserFields.extend({ userId: z.string().min(1) });
export type TUpdateUserInput = z.input<typeof ZUpdateUserSchema>;

export const ZResetPasswordSchema = z.object({ userId: z.string().min(1), password: ZPasswordSchema });

export const ZChangeOwnPasswordSchema = z
  .object({
    current: z.string({ error: vi.validation.required }).min(1, vi.validation.required),
    next: ZPasswordSchema,
    confirm: z.string({ error: vi.validation.required }),
  })
  .refine((value) => value.next === value.confirm, { message: vi.account.mismatch, path: ["confirm"] });

/** The user list's address: `?q=…&page=…&sort=fullName` (`-fullName` sorts descending). */
export const ZUserListParams = ZSearchListParams.extend({
  sort: choiceParam(["username", "-username", "fullName", "-fullName", "lastLogin", "-lastLogin"]),
});
export type TUserSort = NonNullable<z.infer<typeof ZUserListParams>["sort"]>;

export const ZSetUserActiveSchema = z.object({ userId: z.string().min(1), isActive: z.boolean() });
