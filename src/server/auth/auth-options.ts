import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getDb } from "@/server/db/client";
import { authSecret } from "@/lib/auth-secret";
import { env } from "@/server/env";
import { verifyLogin } from "./verify-login";

/** next-auth: credentials sign-in, signed JWT session cookie (stateless servers). */
export function authOptions(): NextAuthOptions {
  const config = env();
  return {
    secret: authSecret(),
    session: { strategy: "jwt", maxAge: config.SESSION_MAX_AGE_HOURS * 3600 },
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
            select: { id: true, username: true, fullName: true, passwordChangedAt: true },
          });
          return { id: user.id, name: user.fullName, pwdAt: user.passwordChangedAt.getTime() };
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user) {
          token.uid = user.id;
          token.pwdAt = (user as { pwdAt?: number }).pwdAt;
        }
        return token;
      },
      session({ session, token }) {
        return { ...session, uid: token.uid as string, pwdAt: token.pwdAt as number };
      },
    },
  };
}
