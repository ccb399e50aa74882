import { describe, expect, it } from "vitest";
import { vi } from "@/messages/vi";
import { issuesByField } from "@/lib/form-input";
import { ZChangeOwnPasswordSchema, ZCreateUserSchema, ZResetPasswordSchema, ZUpdateUserSchema } from "@/server/users/schemas";

const valid = {
  username: "nguyen.van-a_2",
  password: "mat-khau-du-dai",
  fullName: "Nguyễn Văn A",
  email: "a@example.vn",
  role: "VIEWER",
  unitId: "unit_tn",
  organizationId: "",
};

/** The Vietnamese message per field, as the form shows it. */
function errorsOf(input: Record<string, unknown>): Record<string, string> {
  const result = ZCreateUserSchema.safeParse(input);
  if (result.success) throw new Error(`expected a validation error, got ${JSON.stringify(result.data)}`);
  return issuesByField(result.error);
}

describe("ZCreateUserSchema", () => {
  it("accepts a valid user and cleans it", () => {
    const result = ZCreateUserSchema.parse(valid);
    expect(result).toEqual({
      username: "nguyen.van-a_2",
      password: "mat-khau-du-dai",
      fullName: "Nguyễn Văn A",
      email: "a@example.vn",
      role: "VIEWER",
      unitId: "unit_tn",
      organizationId: null,
    });
  });

  it("lower-cases and trims the username", () => {
    expect(ZCreateUserSchema.parse({ ...valid, username: "  ThuKy.Huyen " }).username).toBe("thuky.huyen");
  });

  it.each([
    ["a space", "nguyen van"],
    ["diacritics", "nguyễn"],
    ["the letter đ", "đoàn"],
    ["a forbidden sign", "thu@ky"],
    ["fewer than 3 characters", "ab"],
    ["more than 40 characters", "a".repeat(41)],
    ["nothing", ""],
  ])("rejects a username with %s, in Vietnamese", (_, username) => {
    expect(errorsOf({ ...valid, username })).toEqual({
      username: vi.validation.usernameFormat,
    });
  });

  it("rejects a password shorter than 10 characters", () => {
    expect(errorsOf({ ...valid, password: "123456789" })).toEqual({
      password: vi.account.tooShort,
    });
    expect(ZCreateUserSchema.safeParse({ ...valid, password: "1234567890" }).success).toBe(true);
  });

  it("requires the full name, also when it is only blanks", () => {
    const { fullName: _omitted, ...withoutName } = valid;
    expect(errorsOf(withoutName)).toEqual({ fullName: vi.validation.required });
    expect(errorsOf({ ...valid, fullName: " \t " })).toEqual({
      fullName: vi.validation.required,
    });
    expect(errorsOf({ ...valid, fullName: "x".repeat(121) })).toEqual({
      fullName: vi.validation.tooLong(120),
    });
  });

  it("rejects an invalid email but treats an empty one as none", () => {
    expect(errorsOf({ ...valid, email: "khong-phai-email" })).toEqual({
      email: vi.validation.invalidEmail,
    });
    expect(ZCreateUserSchema.parse({ ...valid, email: "" }).email).toBeNull();
    expect(ZCreateUserSchema.parse({ ...valid, email: undefined }).email).toBeNull();
    expect(ZCreateUserSchema.parse({ ...valid, email: "  a@b.vn " }).email).toBe("a@b.vn");
  });

  it("rejects an unknown role and a missing unit", () => {
    expect(errorsOf({ ...valid, role: "ROOT" })).toEqual({
      role: vi.validation.invalidChoice,
    });
    expect(errorsOf({ ...valid, unitId: "" })).toEqual({
      unitId: vi.validation.required,
    });
  });

  it("reports every bad field at once", () => {
    expect(
      Object.keys(
        errorsOf({
          username: "A B",
          password: "x",
          fullName: "",
          role: "VIEWER",
          unitId: "u",
        }),
      ).sort(),
    ).toEqual(["fullName", "password", "username"]);
  });

  it("stores the full name NFC-normalized with spaces collapsed", () => {
    const decomposed = "  Nguye\u0302\u0303n   Thi\u0323  Thu\u0301y ";
    const { fullName } = ZCreateUserSchema.parse({
      ...valid,
      fullName: decomposed,
    });
    expect(fullName).toBe("Nguyễn Thị Thúy");
    expect(fullName).toBe(fullName.normalize("NFC"));
  });
});

describe("ZUpdateUserSchema and ZResetPasswordSchema", () => {
  it("needs the user id and no username or password", () => {
    const { username: _u, password: _p, ...fields } = valid;
    expect(ZUpdateUserSchema.parse({ ...fields, userId: "u1" })).toMatchObject({
      userId: "u1",
      organizationId: null,
    });
    expect(ZUpdateUserSchema.safeParse(fields).success).toBe(false);
  });

  it("applies the password rule to resets", () => {
    const result = ZResetPasswordSchema.safeParse({
      userId: "u1",
      password: "ngan",
    });
    expect(result.success).toBe(false);
    if (!result.success)
      expect(issuesByField(result.error)).toEqual({
        password: vi.account.tooShort,
      });
  });
});

describe("ZChangeOwnPasswordSchema", () => {
  it("accepts matching new passwords", () => {
    expect(
      ZChangeOwnPasswordSchema.safeParse({
        current: "cu",
        next: "mat-khau-moi-2020",
        confirm: "mat-khau-moi-2020",
      }).success,
    ).toBe(true);
  });

  it("reports a mismatch on the confirm field", () => {
    const result = ZChangeOwnPasswordSchema.safeParse({
      current: "cu",
      next: "mat-khau-moi-2020",
      confirm: "mat-khau-moi-2021",
    });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.issues).toHaveLength(1);
    expect(result.error.issues[0].path).toEqual(["confirm"]);
    expect(result.error.issues[0].message).toBe(vi.account.mismatch);
  });

  it("requires the current password and a long enough new one", () => {
    const result = ZChangeOwnPasswordSchema.safeParse({
      current: "",
      next: "ngan",
      confirm: "ngan",
    });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(issuesByField(result.error)).toEqual({
      current: vi.validation.required,
      next: vi.account.tooShort,
    });
  });
});
