import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getDb } from "@/server/db/client";
import { authSecret } from "@/lib/auth-secret";
import { env } from "@/server/env";
import { safeRedirectPath } from "@/lib/safe-redirect";
import { endSession } from "./end-session";
import { decodeSessionCookie } from "./session-cookie";
import { verifyLogin } from "./verify-login";

/** next-auth: credentials sign-in, signed JWT session cookie (stateless servers). */
export function authOptions(): NextAuthOptions {
  const config = env();
  return {
    secret: authSecret(),
    session: { strategy: "jwt", maxAge: config.SESSION_MAX_AGE_HOURS * 3600 },
    jwt: { decode: decodeSessionCookie },
    pages: { signIn: "/login", error: "/login" },
    providers: [
      CredentialsProvider({
        name: "credentials",
        credentials: { username: { type: "text" }, password: { type: "password" } },
        async authorize(credentials) {
          const username = credentials?.username ?? "";
          const password = credentials?.password ?? "";
          if (!username || !password) throw new Error("INVALID");
          const db = await getDb();
          const result = await verifyLogin(db, username, password);
          if (!result.ok) throw new Error(result.reason === "LOCKED" ? `LOCKED:${result.minutes}` : "INVALID");
          const user = await db.user.findUniqueOrThrow({
            where: { id: result.userId },
            select: { id: true, fullName: true, sessionVersion: true },
          });
          return { id: user.id, name: user.fullName, sv: user.sessionVersion };
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user) {
          token.uid = user.id;
          token.sv = (user as { sv?: number }).sv;
        }
        return token;
      },
      session({ session, token }) {
        return { ...session, uid: token.uid as string, sv: token.sv as number };
      },
      // Only paths on this site: whatever the caller asked for, next-auth never sends the browser elsewhere.
      redirect({ url, baseUrl }) {
        return `${baseUrl}${safeRedirectPath(url.startsWith(baseUrl) ? url.slice(baseUrl.length) : url)}`;
      },
    },
    events: {
      signOut: ({ token }) => endSession(token),
    },
  };
}
