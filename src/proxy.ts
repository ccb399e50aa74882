import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { authSecret } from "@/lib/auth-secret";
import { forwardSessionClaims } from "@/server/auth/forwarded-session";
import { decodeSessionCookie } from "@/server/auth/session-cookie";
import { USER_HEADER } from "@/server/logging/request-log";

const PUBLIC_PATHS = [
  /^\/login$/,
  /^\/news(\/.*)?$/,
  /^\/api\/health(\/live|\/ready)?$/,
  /^\/api\/auth\/.*/,
  /^\/api\/internal\/backup$/,
  // Personal calendar feeds: the secret token in the address is the credential (revocable).
  /^\/calendar\/[A-Za-z0-9_-]{32}\/feed\.ics$/,
];

function contentSecurityPolicy(nonce: string): string {
  const dev = process.env.NODE_ENV === "development";
  return [
    "default-src 'self'",
    // React's development build needs eval for stack reconstruction; production never gets it.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** Signed-out visitors go to sign-in (APIs answer 401); every page gets a nonce-based CSP. */
export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const isPublic = PUBLIC_PATHS.some((pattern) => pattern.test(pathname));
  let userId: string | undefined;
  let claims: Record<string, unknown> | null = null;
  if (!isPublic) {
    const token = await getToken({
      req: request,
      secret: authSecret(),
      decode: decodeSessionCookie,
    });
    if (!token) {
      if (pathname.startsWith("/api/")) {
        return NextResponse.json({ error: "Vui lòng đăng nhập." }, { status: 401 });
      }
      const login = new URL("/login", request.url);
      if (pathname !== "/") login.searchParams.set("callbackUrl", `${pathname}${search}`);
      return NextResponse.redirect(login);
    }
    userId = typeof token.uid === "string" ? token.uid : token.sub;
    claims = token;
  }
  // 128 random bits in 24 characters: the nonce is repeated on every script tag of the page
  // (about twenty), where the base64 of a UUID's text took 48.
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const csp = contentSecurityPolicy(nonce);
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  forwardSessionClaims(requestHeaders, claims);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  // For the request log line; the HTTP wrapper (scripts/serve.ts) strips it before sending.
  if (userId) response.headers.set(USER_HEADER, userId);
  return response;
}

export const config = {
  // Static files of public/ and the manifest are served to signed-out visitors and crawlers too.
  matcher: ["/((?!_next/static|_next/image|favicon\\.ico|favicon\\.svg|icon-\\d+\\.png|robots\\.txt|manifest\\.webmanifest).*)"],
};
