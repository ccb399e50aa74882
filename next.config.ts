import type { NextConfig } from "next";

// Headers every response carries, static files included; the per-request
// Content-Security-Policy with its nonce is set in src/proxy.ts.
const SECURITY_HEADERS = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // A self-contained server in .next/standalone; scripts/build-prod.mjs completes it (docs/decisions/0017).
  output: "standalone",
  // Native and WASM packages load from node_modules at run time instead of being bundled.
  serverExternalPackages: [
    "@electric-sql/pglite",
    "pglite-prisma-adapter",
    "@node-rs/argon2",
    "@prisma/client",
    "pg",
    "pdfkit",
    "exceljs",
    "sanitize-html",
    // The importer's PDF reader loads its own worker module at run time (src/server/import/read-input.ts).
    "pdfjs-dist",
  ],
  experimental: {
    authInterrupts: true,
    // Report attachments go up to 20 MB (src/server/reports/attachments.ts); multipart adds a little.
    serverActions: { bodySizeLimit: "22mb" },
    proxyClientMaxBodySize: "22mb",
  },
  async headers() {
    return [{ source: "/:path*", headers: SECURITY_HEADERS }];
  },
};

export default nextConfig;
