import type { PrismaClient } from "@prisma/client";
import NextAuth, { getServerSession } from "next-auth";
import { describe, expect, it } from "vitest";
import { ACTOR_USER_SELECT } from "@/server/auth/actor-user";
import { readSessionState } from "@/server/auth/session-state";
import { authOptions } from "@/server/auth/auth-options";
import { actorForSession, type SessionClaims } from "@/server/auth/session";
import { changeOwnPassword } from "@/server/users/change-own-password";
import { resetPassword } from "@/server/users/reset-password";
import { setUserActive } from "@/server/users/set-user-active";
import { inheritedUnitPaths } from "@/server/units/inherited-scope";
import { createUser } from "../../prisma/factories/users";
import { actorOf, WORLD_PASSWORD, type SmallWorld } from "../setup/small-world";
import { useSmallWorld } from "../setup/use-test-database";

type Cookies = Record<string, string>;

/**
 * Calls next-auth's own endpoints (`/api/auth/<action>`) as a browser would, with the cookies it
 * holds, and returns the cookies it would hold afterwards. next-auth's API-route entry takes the
 * request's cookies and headers as plain objects, so no Next request context is needed.
 */
async function callAuth(action: string[], cookies: Cookies, method = "GET", body?: Record<string, string>) {
  const headers = new Map<string, string | string[]>();
  let status = 200;
  let sent: unknown;
  const res = {
    status(code: number) {
      status = code;
      return res;
    },
    getHeader: (name: string) => headers.get(name.toLowerCase()),
    setHeader(name: string, value: string | string[]) {
      headers.set(name.toLowerCase(), value);
      return res;
    },
    send(value: unknown) {
      sent = value;
    },
    json(value: unknown) {
      sent = value;
    },
    end() {},
  };
  const req = {
    method,
    query: { nextauth: action },
    body: body ? { ...body, json: "true" } : undefined,
    cookies,
    headers: { host: "localhost:3000", "content-type": "application/x-www-form-urlencoded" },
  };
  await (NextAuth as unknown as (req: unknown, res: unknown, options: unknown) => Promise<void>)(req, res, authOptions());
  const next = { ...cookies };
  for (const line of [headers.get("set-cookie") ?? []].flat()) {
    const [pair] = line.split(";");
    const [name, ...value] = pair!.split("=");
    const text = decodeURIComponent(value.join("="));
    if (/Max-Age=0|Expires=Thu, 01 Jan 1970/i.test(line) || text === "") delete next[name!];
    else next[name!] = text;
  }
  return { status, body: sent, cookies: next };
}

const SESSION_COOKIE = "next-auth.session-token";

/** Signs in through next-auth's credentials callback; the browser's cookies afterwards. */
async function signIn(username: string, password: string): Promise<Cookies> {
  const csrf = await callAuth(["csrf"], {});
  const csrfToken = (csrf.body as { csrfToken: string }).csrfToken;
  const result = await callAuth(["callback", "credentials"], csrf.cookies, "POST", { username, password, csrfToken });
  expect(result.cookies[SESSION_COOKIE], "a session cookie after sign-in").toBeTruthy();
  return result.cookies;
}

async function signOut(cookies: Cookies): Promise<void> {
  const csrf = await callAuth(["csrf"], cookies);
  const csrfToken = (csrf.body as { csrfToken: string }).csrfToken;
  await callAuth(["signout"], csrf.cookies, "POST", { csrfToken });
}

/** What the portal makes of a request carrying these cookies: next-auth's session, then the actor. */
async function actorFor(cookies: Cookies) {
  const res = { getHeader() {}, setCookie() {}, setHeader() {} };
  const session = await getServerSession({ headers: { host: "localhost:3000" }, cookies } as never, res as never, authOptions());
  return actorForSession(session as SessionClaims);
}

describe("sessions end with sign-out, deactivation and password changes", () => {
  let db: PrismaClient;
  let world: SmallWorld;
  let counter = 0;

  useSmallWorld((setup) => ({ db, world } = setup));

  async function freshUser() {
    counter += 1;
    const row = await createUser(db, {
      username: `phien.${counter}`,
      fullName: `Người Dùng Phiên ${counter}`,
      role: "VIEWER",
      unitId: world.units.province.id,
      password: WORLD_PASSWORD,
    });
    return { row, actor: actorOf(row, world.units.province) };
  }

  it("reads a fresh session as its user", async () => {
    const { row } = await freshUser();
    const cookies = await signIn(row.username, WORLD_PASSWORD);
    expect(await actorFor(cookies)).toMatchObject({ id: row.id, username: row.username });
  });

  it("reads the session's user, inherited units and unread count in one statement, as Prisma's select and a count do", async () => {
    const { row } = await freshUser();
    await db.notification.createMany({
      data: ["Một", "Hai", "Ba"].map((title, index) => ({
        userId: row.id,
        kind: "test",
        title,
        dedupeKey: `phien-${title}`,
        readAt: index === 0 ? new Date() : null,
      })),
    });
    for (const id of [row.id, world.actors.admin.id]) {
      const user = await db.user.findUnique({ where: { id }, select: { ...ACTOR_USER_SELECT, sessionVersion: true } });
      const unread = await db.notification.count({ where: { userId: id, readAt: null } });
      expect(await readSessionState(db, id)).toEqual({
        user,
        inheritedUnitPaths: await inheritedUnitPaths(db, user!.unit.path),
        unread,
      });
    }
    expect((await readSessionState(db, row.id))?.unread).toBe(2);
    expect(await readSessionState(db, "khong-co")).toBeNull();
  });

  it("refuses a session cookie kept from before sign-out, and every other session of the user", async () => {
    const { row } = await freshUser();
    const laptop = await signIn(row.username, WORLD_PASSWORD);
    const phone = await signIn(row.username, WORLD_PASSWORD);
    await signOut(laptop);
    expect(await actorFor(laptop)).toBeNull();
    expect(await actorFor(phone)).toBeNull();
    expect(await db.auditLog.count({ where: { action: "auth.logout", actorId: row.id } })).toBe(1);
    const again = await signIn(row.username, WORLD_PASSWORD);
    expect(await actorFor(again)).toMatchObject({ id: row.id });
    // Signing out with the stale cookie once more ends nothing new.
    await signOut(laptop);
    expect(await actorFor(again)).toMatchObject({ id: row.id });
  });

  it("refuses a session from before deactivation, even after the account is reactivated", async () => {
    const { row } = await freshUser();
    const cookies = await signIn(row.username, WORLD_PASSWORD);
    await setUserActive({ actor: world.actors.admin, userId: row.id, isActive: false });
    expect(await actorFor(cookies)).toBeNull();
    await setUserActive({ actor: world.actors.admin, userId: row.id, isActive: true });
    expect(await actorFor(cookies)).toBeNull();
    expect(await actorFor(await signIn(row.username, WORLD_PASSWORD))).toMatchObject({ id: row.id });
  });

  it("refuses a session from before the user's own password change", async () => {
    const { row, actor } = await freshUser();
    const cookies = await signIn(row.username, WORLD_PASSWORD);
    const next = "mat-khau-moi-cua-phien";
    await changeOwnPassword({ actor, input: { current: WORLD_PASSWORD, next, confirm: next } });
    expect(await actorFor(cookies)).toBeNull();
    expect(await actorFor(await signIn(row.username, next))).toMatchObject({ id: row.id });
  });

  it("refuses a session from before an administrator's password reset", async () => {
    const { row } = await freshUser();
    const cookies = await signIn(row.username, WORLD_PASSWORD);
    await resetPassword({ actor: world.actors.admin, input: { userId: row.id, password: "mat-khau-quan-tri-dat" } });
    expect(await actorFor(cookies)).toBeNull();
  });

  it("refuses a token without a session version, as minted before versions existed", async () => {
    const { row } = await freshUser();
    expect(await actorForSession({ uid: row.id })).toBeNull();
    expect(await actorForSession({ uid: row.id, sv: "0" })).toBeNull();
    expect(await actorForSession({ uid: row.id, sv: 0 })).toMatchObject({ id: row.id });
  });
});
