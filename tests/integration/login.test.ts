import type { PrismaClient } from "@prisma/client";
import { describe, expect, it } from "vitest";
import { verifyLogin, type LoginResult } from "@/server/auth/verify-login";
import { createUser } from "../../prisma/factories/users";
import { useSmallWorld } from "../setup/use-test-database";
import { WORLD_PASSWORD, type SmallWorld } from "../setup/small-world";

const T0 = new Date("2020-03-24T02:00:00Z");
const minutesLater = (minutes: number, from = T0) => new Date(from.getTime() + minutes * 60_000);

const INVALID: LoginResult = { ok: false, reason: "INVALID" };
const LOCKED_15: LoginResult = { ok: false, reason: "LOCKED", minutes: 15 };

describe("verifyLogin", () => {
  let db: PrismaClient;
  let world: SmallWorld;

  useSmallWorld((setup) => ({ db, world } = setup));

  /** `count` attempts with a wrong password, all at `now`. */
  async function failures(username: string, count: number, now = T0): Promise<LoginResult[]> {
    const results: LoginResult[] = [];
    for (let i = 0; i < count; i++) results.push(await verifyLogin(db, username, "sai-mat-khau-roi", now));
    return results;
  }

  it("accepts the right password, records the sign-in and its time", async () => {
    const result = await verifyLogin(db, "admin", WORLD_PASSWORD, T0);
    expect(result).toEqual({ ok: true, userId: world.ids.admin });
    const audit = await db.auditLog.findMany({
      where: { action: "auth.login", actorId: world.ids.admin },
    });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      entityType: "User",
      entityId: world.ids.admin,
    });
    const user = await db.user.findUniqueOrThrow({
      where: { id: world.ids.admin },
      select: { lastLoginAt: true },
    });
    expect(user.lastLoginAt).toEqual(T0);
  });

  it("refuses a wrong password as INVALID and records the failure", async () => {
    expect(await verifyLogin(db, "lanhdao", "sai-mat-khau-roi", T0)).toEqual(INVALID);
    expect(await verifyLogin(db, "lanhdao", "", T0)).toEqual(INVALID);
    const audit = await db.auditLog.findMany({
      where: { action: "auth.login_failed", entityId: world.ids.leader },
    });
    expect(audit).toHaveLength(2);
    expect(audit[0].actorId).toBeNull();
    expect(
      await db.auditLog.count({
        where: { action: "auth.login", actorId: world.ids.leader },
      }),
    ).toBe(0);
  });

  it("locks for 15 minutes after 5 failures, even against the right password", async () => {
    expect(await failures("thuky", 5)).toEqual([INVALID, INVALID, INVALID, INVALID, LOCKED_15]);
    expect(await verifyLogin(db, "thuky", WORLD_PASSWORD, T0)).toEqual(LOCKED_15);
    expect(await verifyLogin(db, "thuky", WORLD_PASSWORD, minutesLater(5))).toEqual({ ok: false, reason: "LOCKED", minutes: 10 });
    expect(await verifyLogin(db, "thuky", WORLD_PASSWORD, minutesLater(14.5))).toEqual({
      ok: false,
      reason: "LOCKED",
      minutes: 1,
    });
    expect(
      await db.auditLog.count({
        where: { action: "auth.locked", entityId: world.ids.secretariat },
      }),
    ).toBe(1);
    expect(
      await db.auditLog.count({
        where: { action: "auth.login", actorId: world.ids.secretariat },
      }),
    ).toBe(0);
  });

  it("lets the right password in once the 15 minutes are over, and forgets the failures", async () => {
    expect(await verifyLogin(db, "thuky", WORLD_PASSWORD, minutesLater(15))).toEqual({ ok: true, userId: world.ids.secretariat });
    expect(await db.loginThrottle.findUnique({ where: { username: "thuky" } })).toBeNull();
    // A fresh count: four more failures do not lock.
    expect(await failures("thuky", 4, minutesLater(16))).toEqual([INVALID, INVALID, INVALID, INVALID]);
  });

  it("starts counting again when a lock expires without a successful sign-in", async () => {
    expect(await failures("ccb", 5)).toEqual([INVALID, INVALID, INVALID, INVALID, LOCKED_15]);
    const later = minutesLater(20);
    expect(await failures("ccb", 1, later)).toEqual([INVALID]);
    const throttle = await db.loginThrottle.findUniqueOrThrow({
      where: { username: "ccb" },
    });
    expect(throttle.failures).toBe(1);
    expect(throttle.lockedUntil).toBeNull();
  });

  it("resets the failure count on a successful sign-in", async () => {
    expect(await failures("mttq", 4)).toEqual([INVALID, INVALID, INVALID, INVALID]);
    expect(await verifyLogin(db, "mttq", WORLD_PASSWORD, T0)).toMatchObject({
      ok: true,
    });
    expect(await failures("mttq", 4)).toEqual([INVALID, INVALID, INVALID, INVALID]);
  });

  it("answers an unknown username exactly like a known one with a wrong password", async () => {
    const known = await failures("xem", 6);
    const unknown = await failures("khong-ton-tai", 6);
    expect(unknown).toEqual([INVALID, INVALID, INVALID, INVALID, LOCKED_15, LOCKED_15]);
    expect(unknown).toEqual(known);
    // After the lock, the unknown name still gets nothing but INVALID.
    expect(await verifyLogin(db, "khong-ton-tai", WORLD_PASSWORD, minutesLater(15))).toEqual(INVALID);
  });

  it("refuses a deactivated account even with the right password", async () => {
    const inactive = await createUser(db, {
      username: "da.nghi",
      fullName: "Người Đã Nghỉ",
      role: "VIEWER",
      unitId: world.units.province.id,
      password: WORLD_PASSWORD,
      isActive: false,
    });
    expect(await verifyLogin(db, "da.nghi", WORLD_PASSWORD, T0)).toEqual(INVALID);
    expect(
      await db.auditLog.count({
        where: { action: "auth.login", actorId: inactive.id },
      }),
    ).toBe(0);
    const user = await db.user.findUniqueOrThrow({
      where: { id: inactive.id },
      select: { lastLoginAt: true },
    });
    expect(user.lastLoginAt).toBeNull();
  });

  it("reads the username case-insensitively and trimmed", async () => {
    expect(await verifyLogin(db, "  ThuKy.Huyen ", WORLD_PASSWORD, T0)).toEqual({
      ok: true,
      userId: world.ids.districtSecretariat,
    });
    expect(await verifyLogin(db, "ADMIN.HUYEN", WORLD_PASSWORD, T0)).toEqual({
      ok: true,
      userId: world.ids.districtAdmin,
    });
  });

  it("counts failures against the normalized username", async () => {
    await failures("Admin.BenCanh", 2);
    await failures(" ADMIN.BENCANH", 2);
    expect(await failures("admin.bencanh", 1)).toEqual([LOCKED_15]);
  });

  it("counts wrong passwords tried in parallel, each one", async () => {
    const results = await Promise.all(
      Array.from({ length: 10 }, () => verifyLogin(db, "lanhdao.song.song", "sai-mat-khau-roi", T0)),
    );
    expect(results.every((result) => !result.ok)).toBe(true);
    const throttle = await db.loginThrottle.findUniqueOrThrow({ where: { username: "lanhdao.song.song" } });
    expect(throttle.failures).toBeGreaterThanOrEqual(5);
    expect(throttle.lockedUntil).toEqual(minutesLater(15));
    expect(await verifyLogin(db, "lanhdao.song.song", "sai-mat-khau-roi", T0)).toEqual(LOCKED_15);
  });

  /** Every attempt whose password was checked against a hash leaves one of these audit rows. */
  const checkedAttempts = (username: string) =>
    db.auditLog.count({
      where: { action: { in: ["auth.login_failed", "auth.locked"] }, after: { path: ["username"], equals: username } },
    });

  it("checks only 5 of 100 simultaneous wrong passwords, then refuses the right one until the lock expires", async () => {
    const results = await Promise.all(Array.from({ length: 100 }, () => verifyLogin(db, "mttq.huyen", "sai-mat-khau-roi", T0)));
    expect(results.filter((result) => result.ok)).toHaveLength(0);
    expect(results.filter((result) => !result.ok && result.reason === "INVALID")).toHaveLength(4);
    expect(await checkedAttempts("mttq.huyen")).toBe(5);
    expect(await verifyLogin(db, "mttq.huyen", WORLD_PASSWORD, T0)).toEqual(LOCKED_15);
    expect(await verifyLogin(db, "mttq.huyen", WORLD_PASSWORD, minutesLater(14.9))).toMatchObject({
      ok: false,
      reason: "LOCKED",
    });
    expect(await checkedAttempts("mttq.huyen")).toBe(5);
    expect(await verifyLogin(db, "mttq.huyen", WORLD_PASSWORD, minutesLater(15))).toEqual({
      ok: true,
      userId: world.ids.districtMttq,
    });
  });

  it("refuses the right password sent last among 99 simultaneous wrong ones", async () => {
    const attempts = [
      ...Array.from({ length: 99 }, () => verifyLogin(db, "xem.bencanh", "sai-mat-khau-roi", T0)),
      verifyLogin(db, "xem.bencanh", WORLD_PASSWORD, T0),
    ];
    const results = await Promise.all(attempts);
    expect(results[99]).toEqual(LOCKED_15);
    expect(results.filter((result) => result.ok)).toHaveLength(0);
    expect(await db.auditLog.count({ where: { action: "auth.login", actorId: world.ids.siblingViewer } })).toBe(0);
    expect(await verifyLogin(db, "xem.bencanh", WORLD_PASSWORD, minutesLater(15))).toMatchObject({ ok: true });
  });

  it("NFC-normalizes the username and the password", async () => {
    const nfcPassword = "Mật khẩu mạnh của Thư ký 2020";
    const user = await createUser(db, {
      username: "thư.ký", // an imported account name with diacritics, stored NFC
      fullName: "Thư Ký Cũ",
      role: "VIEWER",
      unitId: world.units.province.id,
      password: nfcPassword,
    });
    const nfdUsername = "THU\u031b.KY\u0301";
    expect(nfdUsername).not.toBe("THƯ.KÝ");
    expect(await verifyLogin(db, nfdUsername, nfcPassword.normalize("NFD"), T0)).toEqual({ ok: true, userId: user.id });
  });
});
