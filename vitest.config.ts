import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      // `import "server-only"` throws outside a React server bundle; in tests it is a no-op.
      {
        find: /^server-only$/,
        replacement: path.join(root, "tests/setup/empty.ts"),
      },
      { find: /^@\/(.*)$/, replacement: path.join(root, "src/$1") },
    ],
  },
  test: {
    environment: "node",
    include: ["tests/unit/**/*.test.ts", "tests/integration/**/*.test.ts"],
    setupFiles: ["tests/setup/env.ts"],
    // PGlite (WASM) start-up and argon2 hashing are slow on small machines.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: "forks",
    maxWorkers: 2,
  },
});
