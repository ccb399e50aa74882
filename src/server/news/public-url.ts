import "server-only";
import { env } from "@/server/env";

/**
 * The absolute address of `path` on the portal's configured public origin (NEXTAUTH_URL), or
 * null when none is configured. Never taken from the request: Host and X-Forwarded-Host are
 * whatever the client sends, and a feed or canonical link built from them (then cached by feed
 * readers and proxies) would point wherever the sender liked.
 */
export function publicUrl(path: string): string | null {
  const configured = env().NEXTAUTH_URL;
  return configured ? `${new URL(configured).origin}${path}` : null;
}
