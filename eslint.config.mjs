import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import checkFile from "eslint-plugin-check-file";

const config = [
  {
    ignores: [
      ".next/**",
      "**/.next/**",
      "node_modules/**",
      "data/**",
      "storage/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
      "dist/**",
    ],
  },
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    rules: {
      // Destructuring to drop a field (`const { unit: _unit, ...rest } = row`) is intended.
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" },
      ],
    },
  },
  {
    // The layers of DESIGN.md §4, checked on resolved paths so `@/…` and relative imports
    // count alike (docs/decisions/0022-boundaries-enforced-by-lint.md).
    rules: {
      "import/no-restricted-paths": [
        "error",
        {
          zones: [
            {
              target: ["./src/app", "./src/components"],
              from: "./src/server/db",
              message: "UI code calls src/server use cases; it never touches the database client.",
            },
            {
              target: "./src/lib",
              from: "./src/server",
              message: "src/lib holds helpers both sides share; it never imports src/server.",
            },
            {
              target: "./src/components",
              from: "./src/app",
              message: "Shared components serve the routes; they never import from src/app.",
            },
            {
              target: "./src",
              from: "./prisma",
              message: "The factories write rows without the policy or audit: only the seed and tests use them.",
            },
            {
              // bench/ measures the documents the PDF tests check, so it may share that fixture.
              target: ["./src", "./prisma", "./scripts", "./e2e"],
              from: "./tests",
              message: "Nothing outside tests/ imports the test tree.",
            },
          ],
        },
      ],
      "import/no-cycle": ["error", { ignoreExternal: true }],
    },
  },
  {
    // The UI never imports Prisma, not even its types: src/server exports the types it needs.
    files: ["src/app/**/*.{ts,tsx}", "src/components/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@prisma/client", "@prisma/client/*", ".prisma/*"],
              message: "UI code calls src/server use cases; it never imports Prisma (use types exported by src/server).",
            },
          ],
        },
      ],
    },
  },
  {
    plugins: { "check-file": checkFile },
    rules: {
      // `page.test.ts`, `playwright.config.ts`: only the part before the first dot is checked.
      "check-file/filename-naming-convention": [
        "error",
        { "**/*.{ts,tsx,js,mjs}": "KEBAB_CASE" },
        { ignoreMiddleExtensions: true },
      ],
      "check-file/folder-naming-convention": [
        "error",
        {
          // Next.js segments: `[id]`, `[...nextauth]`, `(portal)`, `rss.xml`.
          "src/app/**/": "NEXT_JS_APP_ROUTER_CASE",
          "{src/!(app),tests,prisma,scripts,e2e,bench}/**/": "KEBAB_CASE",
        },
      ],
    },
  },
];

export default config;
