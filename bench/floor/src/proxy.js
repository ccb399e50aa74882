// Present so that the build does not take the portal's src/proxy.ts; matches no page.
import { NextResponse } from "next/server";

export function proxy() {
  return NextResponse.next();
}

export const config = { matcher: "/__floor-no-proxy__" };
