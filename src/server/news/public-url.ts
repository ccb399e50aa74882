import "server-only";
import { headers } from "next/headers";
import { env } from "@/server/env";

/** The portal's public origin for absolute links (RSS, Open Graph): NEXTAUTH_URL, else the request's host. */
export async function publicOrigin(): Promise<string> {
  const configured = env().NEXTAUTH_URL;
  if (configured) return new URL(configured).origin;
  const list = await headers();
  const host = list.get("x-forwarded-host") ?? list.get("host") ?? "localhost:3000";
  const proto = list.get("x-forwarded-proto") ?? "http";
  return `${proto}://${host}`;
}
