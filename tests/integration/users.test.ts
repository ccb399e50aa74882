import type { PrismaClient } from "@prisma/client";
import { describe, expect, it } from "vitest";
import { vi } from "@/messages/vi";
import type { Actor } from "@/server/auth/actor";
import { verifyLogin } from "@/server/auth/verify-login";
import { changeOwnPassword } from "@/server/users/change-own-password";
import { createUser } from "@/server/users/create-user";
import { listUsers, USERS_PAGE_SIZE } from "@/server/users/list-users";
import { resetPassword } from "@/server/users/reset-password";
import type { TCreateUserInput } from "@/server/users/schemas";
import { setUserActive } from "@/server/users/set-user-active";
import { updateUser } from "@/server/users/update-user";
import { USER_ADMIN_FIELDS } from "@/server/users/user-scope";
import { createUser as createUserRow } from "../../prisma/factories/users";
import { actorOf, WORLD_PASSWORD, type SmallWorld } from "../setup/small-world";
import { expectAppError } from "../setup/expect-app-error";
import { useSmallWorld } from "../setup/use-test-database";

const NEW_PASSWORD = "mat-khau-moi-cua-toi";

describe("user use cases", () => {
  let db: PrismaClient;
  let world: SmallWorld;
  let counter = 0;

  useSmallWorld((setup) => ({ db, world } = setup));

  /** Every user row and every audit row, to prove a refused call wrote nothing. */
  const snapshot = async () => ({
    users: await db.user.findMany({
      orderBy: { id: "asc" },
      select: { ...USER_ADMIN_FIELDS, passwordHash: true, passwordChangedAt: true },
    }),
    audit: await db.auditLog.count(),
  });

  /** A fresh user to act on, so tests do not disturb each other. */
  async function freshUser(unit: "province" | "district" | "sibling" = "province") {
    counter += 1;
    const row = await createUserRow(db, {
      username: `nguoi.dung${counter}`,
      fullName: `Người Dùng ${counter}`,
      role: "VIEWER",
      unitId: world.units[unit].id,
      password: WORLD_PASSWORD,
    });
    return { row, actor: actorOf(row, world.units[unit]) };
  }

  const input = (over: Partial<TCreateUserInput> = {}): TCreateUserInput => ({
    username: `moi${++counter}`,
    password: NEW_PASSWORD,
    fullName: "Nguyễn Văn Mới",
    email: "",
    role: "VIEWER",
    unitId: world.units.province.id,
    organizationId: "",
    ...over,
  });

  describe("createUser", () => {
    it("lets an admin create a user in a unit below their own, with an audit record", async () => {
      const admin = world.actors.admin;
      const created = await createUser({
        actor: admin,
        input: input({
          username: "  CanBo.Huyen ",
          fullName: "Tra\u0302\u0300n Thi\u0323 Hoa", // decomposed, as some keyboards send it
          role: "ORG_REP",
          unitId: world.units.district.id,
          organizationId: world.organizations.district.WOMEN_UNION.id,
          email: "hoa@example.vn",
        }),
      });
      const user = await db.user.findUniqueOrThrow({
        where: { id: created.id },
      });
      expect(user).toMatchObject({
        username: "canbo.huyen",
        fullName: "Trần Thị Hoa",
        email: "hoa@example.vn",
        role: "ORG_REP",
        unitId: world.units.district.id,
        organizationId: world.organizations.district.WOMEN_UNION.id,
        isActive: true,
      });
      expect(user.passwordHash).toMatch(/^\$argon2id\$/);
      expect(user.passwordHash).not.toContain(NEW_PASSWORD);

      const audit = await db.auditLog.findMany({
        where: { action: "user.create", entityId: created.id },
      });
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({ actorId: admin.id, entityType: "User" });
      expect(audit[0].after).toMatchObject({
        username: "canbo.huyen",
        role: "ORG_REP",
      });
      expect(JSON.stringify(audit[0].after)).not.toContain(NEW_PASSWORD);
      expect(JSON.stringify(audit[0].after)).not.toContain("passwordHash");

      expect(await verifyLogin(db, "canbo.huyen", NEW_PASSWORD)).toEqual({
        ok: true,
        userId: created.id,
      });
    });

    it("refuses a username already taken, whatever its case", async () => {
      const before = await snapshot();
      for (const username of ["thuky", "ThuKy"]) {
        const error = await expectAppError(
          createUser({ actor: world.actors.admin, input: input({ username }) }),
          "INVALID_INPUT",
        );
        expect(error.fieldErrors).toEqual({ username: vi.users.usernameTaken });
      }
      expect(await snapshot()).toEqual(before);
    });

    it("refuses invalid input with Vietnamese field messages", async () => {
      const error = await expectAppError(
        createUser({
          actor: world.actors.admin,
          input: input({ username: "có dấu", password: "ngan" }),
        }),
        "INVALID_INPUT",
      );
      expect(error.fieldErrors).toEqual({
        username: vi.validation.usernameFormat,
        password: vi.account.tooShort,
      });
    });

    it("requires an organization for an ORG_REP", async () => {
      const before = await snapshot();
      const error = await expectAppError(
        createUser({
          actor: world.actors.admin,
          input: input({ role: "ORG_REP", organizationId: "" }),
        }),
        "INVALID_INPUT",
      );
      expect(error.fieldErrors).toEqual({
        organizationId: vi.users.orgRequired,
      });
      expect(await snapshot()).toEqual(before);
    });

    it("refuses an organization of another unit, or one that does not exist", async () => {
      const before = await snapshot();
      for (const organizationId of [world.organizations.district.MTTQ.id, world.organizations.sibling.MTTQ.id, "org_khong_co"]) {
        const error = await expectAppError(
          createUser({
            actor: world.actors.admin,
            input: input({
              role: "ORG_REP",
              unitId: world.units.province.id,
              organizationId,
            }),
          }),
          "INVALID_INPUT",
        );
        expect(error.fieldErrors).toEqual({
          organizationId: vi.users.orgOutsideUnit,
        });
      }
      expect(await snapshot()).toEqual(before);
    });

    it("refuses a unit that does not exist", async () => {
      const error = await expectAppError(
        createUser({
          actor: world.actors.admin,
          input: input({ unitId: "unit_khong_co" }),
        }),
        "INVALID_INPUT",
      );
      expect(error.fieldErrors).toEqual({
        unitId: vi.validation.invalidChoice,
      });
    });

    it("forbids a district admin to create a user in the province above, writing nothing", async () => {
      const before = await snapshot();
      await expectAppError(
        createUser({
          actor: world.actors.districtAdmin,
          input: input({ unitId: world.units.province.id }),
        }),
        "FORBIDDEN",
      );
      await expectAppError(
        createUser({
          actor: world.actors.siblingAdmin,
          input: input({ unitId: world.units.district.id }),
        }),
        "FORBIDDEN",
      );
      expect(await snapshot()).toEqual(before);
    });

    it("lets a district admin create a user in their own district", async () => {
      const created = await createUser({
        actor: world.actors.districtAdmin,
        input: input({
          username: "xem.huyen",
          unitId: world.units.district.id,
        }),
      });
      expect(
        await db.user.findUniqueOrThrow({
          where: { id: created.id },
          select: { unitId: true },
        }),
      ).toEqual({
        unitId: world.units.district.id,
      });
    });
  });

  describe("roles other than ADMIN", () => {
    const nonAdmins = ["secretariat", "leader", "mttq", "viewer", "districtSecretariat", "districtMttq"] as const;

    it.each(nonAdmins)("%s is refused every user-management use case, and nothing changes", async (who) => {
      const actor: Actor = world.actors[who];
      const { row: target } = await freshUser("district");
      const before = await snapshot();

      await expectAppError(
        createUser({
          actor,
          input: input({ unitId: world.units.district.id }),
        }),
        "FORBIDDEN",
      );
      await expectAppError(
        updateUser({
          actor,
          input: {
            userId: target.id,
            fullName: "Đổi Tên",
            role: "ADMIN",
            unitId: target.unitId,
            organizationId: "",
            email: "",
          },
        }),
        "FORBIDDEN",
      );
      await expectAppError(
        resetPassword({
          actor,
          input: { userId: target.id, password: NEW_PASSWORD },
        }),
        "FORBIDDEN",
      );
      await expectAppError(setUserActive({ actor, userId: target.id, isActive: false }), "FORBIDDEN");
      await expectAppError(listUsers({ actor, page: 1 }), "FORBIDDEN");

      expect(await snapshot()).toEqual(before);
    });
  });

  describe("updateUser", () => {
    it("changes the user's fields and records before and after", async () => {
      const { row } = await freshUser();
      await updateUser({
        actor: world.actors.admin,
        input: {
          userId: row.id,
          fullName: "  Lê   Văn Sửa ",
          email: "sua@example.vn",
          role: "ORG_REP",
          unitId: world.units.province.id,
          organizationId: world.organizations.province.FARMERS_UNION.id,
        },
      });
      expect(await db.user.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({
        username: row.username,
        fullName: "Lê Văn Sửa",
        email: "sua@example.vn",
        role: "ORG_REP",
        organizationId: world.organizations.province.FARMERS_UNION.id,
        passwordHash: row.passwordHash,
      });
      const [audit] = await db.auditLog.findMany({
        where: { action: "user.update", entityId: row.id },
      });
      expect(audit.actorId).toBe(world.actors.admin.id);
      expect(audit.before).toMatchObject({
        fullName: row.fullName,
        role: "VIEWER",
        organizationId: null,
      });
      expect(audit.after).toMatchObject({
        fullName: "Lê Văn Sửa",
        role: "ORG_REP",
      });
    });

    it("forbids editing a user above or beside the admin, and moving a user out of scope", async () => {
      const { row: provinceUser } = await freshUser("province");
      const { row: districtUser } = await freshUser("district");
      const before = await snapshot();
      const fields = {
        fullName: "Không Được",
        email: "",
        role: "VIEWER" as const,
        organizationId: "",
      };
      await expectAppError(
        updateUser({
          actor: world.actors.districtAdmin,
          input: {
            ...fields,
            userId: provinceUser.id,
            unitId: world.units.district.id,
          },
        }),
        "FORBIDDEN",
      );
      await expectAppError(
        updateUser({
          actor: world.actors.districtAdmin,
          input: {
            ...fields,
            userId: districtUser.id,
            unitId: world.units.province.id,
          },
        }),
        "FORBIDDEN",
      );
      await expectAppError(
        updateUser({
          actor: world.actors.siblingAdmin,
          input: {
            ...fields,
            userId: districtUser.id,
            unitId: world.units.sibling.id,
          },
        }),
        "FORBIDDEN",
      );
      expect(await snapshot()).toEqual(before);
    });

    it("answers NOT_FOUND for a user that does not exist", async () => {
      await expectAppError(
        updateUser({
          actor: world.actors.admin,
          input: {
            userId: "khong-co",
            fullName: "X",
            email: "",
            role: "VIEWER",
            unitId: world.units.province.id,
            organizationId: "",
          },
        }),
        "NOT_FOUND",
      );
    });
  });

  describe("resetPassword", () => {
    it("sets a new password that signs in, ends the old one and its lock, and moves passwordChangedAt", async () => {
      const { row } = await freshUser("district");
      // Lock the account first: an admin reset must also lift the lock.
      for (let i = 0; i < 5; i++) await verifyLogin(db, row.username, "sai-mat-khau-roi");
      expect(await verifyLogin(db, row.username, WORLD_PASSWORD)).toMatchObject({ ok: false, reason: "LOCKED" });

      await new Promise((resolve) => setTimeout(resolve, 5));
      await resetPassword({
        actor: world.actors.admin,
        input: { userId: row.id, password: NEW_PASSWORD },
      });

      const after = await db.user.findUniqueOrThrow({ where: { id: row.id } });
      expect(after.passwordChangedAt.getTime()).toBeGreaterThan(row.passwordChangedAt.getTime());
      expect(after.passwordHash).not.toBe(row.passwordHash);
      expect(await verifyLogin(db, row.username, NEW_PASSWORD)).toEqual({
        ok: true,
        userId: row.id,
      });
      expect(await verifyLogin(db, row.username, WORLD_PASSWORD)).toEqual({
        ok: false,
        reason: "INVALID",
      });
      expect(
        await db.auditLog.count({
          where: {
            action: "user.reset_password",
            entityId: row.id,
            actorId: world.actors.admin.id,
          },
        }),
      ).toBe(1);
    });

    it("refuses a short password and a user outside the admin's scope", async () => {
      const { row } = await freshUser("province");
      const before = await snapshot();
      const error = await expectAppError(
        resetPassword({
          actor: world.actors.admin,
          input: { userId: row.id, password: "ngan" },
        }),
        "INVALID_INPUT",
      );
      expect(error.fieldErrors).toEqual({ password: vi.account.tooShort });
      await expectAppError(
        resetPassword({
          actor: world.actors.districtAdmin,
          input: { userId: row.id, password: NEW_PASSWORD },
        }),
        "FORBIDDEN",
      );
      expect(await snapshot()).toEqual(before);
    });
  });

  describe("setUserActive", () => {
    it("refuses to let an admin deactivate themselves", async () => {
      const before = await snapshot();
      const error = await expectAppError(
        setUserActive({
          actor: world.actors.admin,
          userId: world.actors.admin.id,
          isActive: false,
        }),
        "INVALID_STATE",
      );
      expect(error.message).toBe(vi.users.cannotDeactivateSelf);
      expect(await snapshot()).toEqual(before);
    });

    it("deactivates and reactivates a user, with audit records; a deactivated user cannot sign in", async () => {
      const { row } = await freshUser("district");
      await setUserActive({
        actor: world.actors.admin,
        userId: row.id,
        isActive: false,
      });
      expect((await db.user.findUniqueOrThrow({ where: { id: row.id } })).isActive).toBe(false);
      expect(await verifyLogin(db, row.username, WORLD_PASSWORD)).toEqual({
        ok: false,
        reason: "INVALID",
      });
      const [deactivated] = await db.auditLog.findMany({
        where: { action: "user.deactivate", entityId: row.id },
      });
      expect(deactivated.before).toEqual({ isActive: true });
      expect(deactivated.after).toEqual({ isActive: false });

      await setUserActive({
        actor: world.actors.districtAdmin,
        userId: row.id,
        isActive: true,
      });
      expect((await db.user.findUniqueOrThrow({ where: { id: row.id } })).isActive).toBe(true);
      expect(
        await db.auditLog.count({
          where: {
            action: "user.activate",
            entityId: row.id,
            actorId: world.actors.districtAdmin.id,
          },
        }),
      ).toBe(1);
    });

    it("forbids deactivating a user outside the admin's scope", async () => {
      const { row } = await freshUser("province");
      await expectAppError(
        setUserActive({
          actor: world.actors.districtAdmin,
          userId: row.id,
          isActive: false,
        }),
        "FORBIDDEN",
      );
      expect((await db.user.findUniqueOrThrow({ where: { id: row.id } })).isActive).toBe(true);
    });
  });

  describe("changeOwnPassword", () => {
    it("refuses a wrong current password on the 'current' field and keeps the old password", async () => {
      const { row, actor } = await freshUser();
      const error = await expectAppError(
        changeOwnPassword({
          actor,
          input: {
            current: "khong-phai-mat-khau",
            next: NEW_PASSWORD,
            confirm: NEW_PASSWORD,
          },
        }),
        "INVALID_INPUT",
      );
      expect(error.fieldErrors).toEqual({ current: vi.account.wrongCurrent });
      expect((await db.user.findUniqueOrThrow({ where: { id: row.id } })).passwordHash).toBe(row.passwordHash);
    });

    it("refuses a mismatched confirmation on the 'confirm' field", async () => {
      const { actor } = await freshUser();
      const error = await expectAppError(
        changeOwnPassword({
          actor,
          input: {
            current: WORLD_PASSWORD,
            next: NEW_PASSWORD,
            confirm: `${NEW_PASSWORD}!`,
          },
        }),
        "INVALID_INPUT",
      );
      expect(error.fieldErrors).toEqual({ confirm: vi.account.mismatch });
    });

    it("lets any role change their own password, proving the current one", async () => {
      const { row, actor } = await freshUser();
      await changeOwnPassword({
        actor,
        input: {
          current: WORLD_PASSWORD,
          next: NEW_PASSWORD,
          confirm: NEW_PASSWORD,
        },
      });
      expect(await verifyLogin(db, row.username, NEW_PASSWORD)).toEqual({
        ok: true,
        userId: row.id,
      });
      expect(
        await db.auditLog.count({
          where: { action: "user.change_password", actorId: row.id },
        }),
      ).toBe(1);
    });

    it("counts wrong current passwords toward the sign-in lock and says so in Vietnamese", async () => {
      const { row, actor } = await freshUser();
      const at = new Date("2020-05-01T01:00:00Z");
      const later = (minutes: number) => new Date(at.getTime() + minutes * 60_000);
      const change = (current: string, now: Date) =>
        changeOwnPassword({ actor, input: { current, next: NEW_PASSWORD, confirm: NEW_PASSWORD }, now });
      const messages: string[] = [];
      for (let i = 0; i < 5; i++) {
        messages.push((await expectAppError(change("khong-phai-mat-khau", at), "INVALID_INPUT")).fieldErrors!.current!);
      }
      expect(messages).toEqual([...Array(4).fill(vi.account.wrongCurrent), vi.account.tooManyAttempts(15)]);
      // Locked: the right password is not even checked, here or at sign-in.
      const refused = await expectAppError(change(WORLD_PASSWORD, later(5)), "INVALID_INPUT");
      expect(refused.message).toBe(vi.account.tooManyAttempts(10));
      expect(refused.fieldErrors).toEqual({ current: vi.account.tooManyAttempts(10) });
      expect(await verifyLogin(db, row.username, WORLD_PASSWORD, later(5))).toEqual({ ok: false, reason: "LOCKED", minutes: 10 });
      expect((await db.user.findUniqueOrThrow({ where: { id: row.id } })).passwordHash).toBe(row.passwordHash);
      await change(WORLD_PASSWORD, later(15));
      expect(await verifyLogin(db, row.username, NEW_PASSWORD, later(16))).toEqual({ ok: true, userId: row.id });
    });
  });

  describe("listUsers", () => {
    /** Every username the actor is shown, over all pages. */
    async function usernames(actor: Actor, q?: string): Promise<string[]> {
      const first = await listUsers({ actor, page: 1, q });
      const names = first.rows.map((row) => row.username);
      for (let page = 2; page <= first.pages; page++) {
        names.push(...(await listUsers({ actor, page, q })).rows.map((row) => row.username));
      }
      expect(names).toHaveLength(first.total);
      return names;
    }

    it("shows the province admin the province and the district, never the sibling province", async () => {
      const listed = await usernames(world.actors.admin);
      expect(listed).toEqual(
        expect.arrayContaining(["admin", "thuky", "lanhdao", "mttq", "ccb", "xem", "thuky.huyen", "admin.huyen", "mttq.huyen"]),
      );
      expect(listed).not.toContain("admin.bencanh");
      expect(listed).not.toContain("xem.bencanh");
      const inScope = await db.user.count({
        where: {
          unitId: { in: [world.units.province.id, world.units.district.id] },
        },
      });
      expect(listed).toHaveLength(inScope);
      expect(new Set(listed).size).toBe(listed.length);
    });

    it("shows a district admin only the district", async () => {
      const listed = await usernames(world.actors.districtAdmin);
      expect(listed).toEqual(expect.arrayContaining(["thuky.huyen", "admin.huyen", "mttq.huyen"]));
      const units = await db.user.findMany({
        where: { username: { in: listed } },
        select: { unitId: true },
      });
      expect(new Set(units.map((unit) => unit.unitId))).toEqual(new Set([world.units.district.id]));
    });

    it("shows the sibling province's admin only their own users", async () => {
      expect((await usernames(world.actors.siblingAdmin)).sort()).toEqual(["admin.bencanh", "xem.bencanh"]);
    });

    it("finds a name typed in decomposed (NFD) form", async () => {
      expect(await usernames(world.actors.admin, "Lê Thị Thu".normalize("NFD"))).toEqual(["thuky"]);
    });

    it("pages by USERS_PAGE_SIZE", async () => {
      const scope = {
        unitId: { in: [world.units.province.id, world.units.district.id] },
      };
      while ((await db.user.count({ where: scope })) <= USERS_PAGE_SIZE) await freshUser("district");
      const first = await listUsers({ actor: world.actors.admin, page: 1 });
      expect(first.total).toBeGreaterThan(USERS_PAGE_SIZE);
      expect(first.rows).toHaveLength(USERS_PAGE_SIZE);
      expect(first.pages).toBe(Math.ceil(first.total / USERS_PAGE_SIZE));
      const last = await listUsers({
        actor: world.actors.admin,
        page: first.pages,
      });
      expect(last.rows).toHaveLength(first.total - USERS_PAGE_SIZE * (first.pages - 1));
    });

    it("filters by username or full name, case-insensitively, within scope", async () => {
      expect(await usernames(world.actors.admin, "HUYEN")).toEqual(
        expect.arrayContaining(["thuky.huyen", "admin.huyen", "mttq.huyen"]),
      );
      expect(await usernames(world.actors.admin, "Lê Thị Thu")).toEqual(["thuky"]);
      expect(await usernames(world.actors.admin, "bencanh")).toEqual([]);
    });

    it("sorts by the column the list's header asks for, either way", async () => {
      const names = async (sort: "fullName" | "-fullName") => {
        const all: string[] = [];
        for (let page = 1, pages = 1; page <= pages; page += 1) {
          const result = await listUsers({ actor: world.actors.admin, page, sort });
          pages = result.pages;
          all.push(...result.rows.map((row) => row.fullName));
        }
        return all;
      };
      const ascending = await names("fullName");
      expect(ascending.length).toBeGreaterThan(2);
      // Same-named users keep the username order both ways, so compare the distinct names.
      expect([...new Set(await names("-fullName"))]).toEqual([...new Set(ascending)].reverse());
    });
  });
});
