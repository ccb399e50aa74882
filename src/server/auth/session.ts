import "server-only";
import { getServerSession } from "next-auth";
import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { AppError } from "@/server/errors";
import { actorOfUser } from "./actor-user";
import type { Actor } from "./actor";
import { authOptions } from "./auth-options";
import { forwardedSessionClaims, SESSION_CLAIMS_HEADER } from "./forwarded-session";
import { can, type Action } from "./policy";
import { getSessionState } from "./session-state";

/** What a session (the decoded cookie after next-auth's callbacks) carries. */
export type SessionClaims = { uid?: unknown; sv?: unknown } | null;

/**
 * The signed-in actor of this request (see actorForSession), from the claims the proxy already
 * decoded; on public paths, which the proxy does not decode, from next-auth's session.
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  const forwarded = forwardedSessionClaims((await headers()).get(SESSION_CLAIMS_HEADER));
  return actorForSession(forwarded !== undefined ? forwarded : ((await getServerSession(authOptions())) as SessionClaims));
});

/**
 * The actor a session stands for, checked against the database on every request: the session's
 * version must still be the user's, so sign-out, deactivation and password changes end existing
 * sessions at once, and reactivating an account does not revive them (the row is re-read whenever
 * the database snapshot has moved, which any such change does).
 */
export async function actorForSession(session: SessionClaims): Promise<Actor | null> {
  const uid = session?.uid;
  if (typeof uid !== "string" || typeof session?.sv !== "number") return null;
  const state = await getSessionState(uid);
  if (!state || !state.user.isActive || state.user.sessionVersion !== session.sv) return null;
  return actorOfUser(state.user, state.inheritedUnitPaths);
}

/** For pages: the actor, or a redirect to sign-in. */
export async function requireActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect("/login");
  return actor;
}

/** For pages: the actor if their role holds `action` in some scope, else a 403 page. */
export async function requirePermission(action: Action): Promise<Actor> {
  const actor = await requireActor();
  if (!can(actor, action)) forbidden();
  return actor;
}

/** For server actions and route handlers: the actor, or an UNAUTHENTICATED error. */
export async function actorOrThrow(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) throw new AppError("UNAUTHENTICATED");
  return actor;
}
