// The "floor" for the first-load JavaScript budget (bench/first-load-js.mjs) and the
// performance comparison (issue 18): a bare App Router app built with the same Next.js,
// React and React DOM as the portal. No package.json of its own: modules resolve from the
// repository's node_modules. Build: `npx next build bench/floor`.
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));

/** @type {import("next").NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // The repository root holds node_modules and the lockfile.
  turbopack: { root: path.join(here, "..", "..") },
  outputFileTracingRoot: path.join(here, "..", ".."),
};

export default nextConfig;
