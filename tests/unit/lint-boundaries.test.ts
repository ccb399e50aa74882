import path from "node:path";
import { fileURLToPath } from "node:url";
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

/**
 * Each layer boundary of eslint.config.mjs (docs/decisions/0022) fires on a file that
 * breaks it: the code is linted in memory as if it stood at the given path.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
let eslint: ESLint;
let withoutCycles: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: root });
  // import/no-cycle reads the linted file from disk, so probes at made-up paths go without it.
  withoutCycles = new ESLint({ cwd: root, overrideConfig: { rules: { "import/no-cycle": "off" } } });
});

async function rulesFired(filePath: string, code: string, linter = withoutCycles): Promise<string[]> {
  const [result] = await linter.lintText(code, { filePath: path.join(root, filePath) });
  return result.messages.map((message) => message.ruleId ?? message.message);
}

describe("lint boundaries", () => {
  it("stops the UI from importing the database client", async () => {
    const code = 'import { getDb } from "@/server/db/client";\nexport const db = getDb;\n';
    expect(await rulesFired("src/app/(portal)/probe/page.tsx", code)).toContain("import/no-restricted-paths");
    expect(await rulesFired("src/components/probe.tsx", code)).toContain("import/no-restricted-paths");
  });

  it("stops the UI from importing Prisma, types included", async () => {
    const runtime = 'import { Role } from "@prisma/client";\nexport const roles = Role;\n';
    const typeOnly = 'import type { Role } from "@prisma/client";\nexport type R = Role;\n';
    expect(await rulesFired("src/app/probe/page.tsx", runtime)).toContain("no-restricted-imports");
    expect(await rulesFired("src/components/probe.tsx", typeOnly)).toContain("no-restricted-imports");
  });

  it("lets the UI call use cases", async () => {
    const code = 'import { AppError } from "@/server/errors";\nexport const E = AppError;\n';
    expect(await rulesFired("src/app/(portal)/probe/page.tsx", code)).toEqual([]);
  });

  it("keeps src/lib free of src/server", async () => {
    const code = 'import { AppError } from "@/server/errors";\nexport const E = AppError;\n';
    expect(await rulesFired("src/lib/probe.ts", code)).toContain("import/no-restricted-paths");
  });

  it("keeps shared components free of routes", async () => {
    const code = 'import RootLayout from "@/app/layout";\nexport const L = RootLayout;\n';
    expect(await rulesFired("src/components/probe.tsx", code)).toContain("import/no-restricted-paths");
  });

  it("keeps the test tree out of the seed and the app, and the factories out of the app", async () => {
    const fromTests = 'import { seedSmallWorld } from "../tests/setup/small-world";\nexport const s = seedSmallWorld;\n';
    expect(await rulesFired("prisma/probe.ts", fromTests)).toContain("import/no-restricted-paths");
    const fromFactories = 'import { createUser } from "../../../prisma/factories/users";\nexport const c = createUser;\n';
    expect(await rulesFired("src/server/users/probe.ts", fromFactories)).toContain("import/no-restricted-paths");
  });

  it("keeps the whole catalogue out of client components (docs/decisions/0025)", async () => {
    const aggregate = 'import { vi } from "@/messages/vi";\nexport const title = vi.app.name;\n';
    const feature = 'import { app } from "@/messages/vi/app";\nexport const title = app.name;\n';
    const client = (code: string) => `"use client";\n${code}`;
    expect(await rulesFired("src/app/(portal)/probe/probe-form.tsx", client(aggregate))).toContain("giaoban/client-catalogue");
    const relative = client('import { vi } from "../../../messages/vi";\nexport const title = vi.app.name;\n');
    expect(await rulesFired("src/app/(portal)/probe/probe-form.tsx", relative)).toContain("giaoban/client-catalogue");
    expect(await rulesFired("src/app/(portal)/probe/probe-form.tsx", client(feature))).toEqual([]);
    // Server components and use cases may use the aggregate.
    expect(await rulesFired("src/app/(portal)/probe/page.tsx", aggregate)).toEqual([]);
    // Modules a client component can import take feature catalogues too.
    for (const file of ["src/components/probe.tsx", "src/lib/probe.ts", "src/server/probe/schemas.ts"]) {
      expect(await rulesFired(file, aggregate)).toContain("import/no-restricted-paths");
      expect(await rulesFired(file, feature)).toEqual([]);
    }
  });

  it("keeps zod out of client components' first-load JavaScript (docs/decisions/0026)", async () => {
    const file = "src/app/(portal)/probe/probe-form.tsx";
    const statically = '"use client";\nimport { ZProbeSchema } from "@/server/probe/schemas";\nexport const s = ZProbeSchema;\n';
    expect(await rulesFired(file, statically)).toContain("giaoban/client-catalogue");
    const zod = '"use client";\nimport { z } from "zod";\nexport const s = z.string();\n';
    expect(await rulesFired(file, zod)).toContain("giaoban/client-catalogue");
    const onDemand =
      '"use client";\nimport type { TProbe } from "@/server/probe/schemas";\nexport const load = () => import("@/server/probe/schemas");\nexport type T = TProbe;\n';
    expect(await rulesFired(file, onDemand)).toEqual([]);
  });

  it("finds an import cycle", async () => {
    // src/lib/directives.ts imports ./dates; dates importing directives closes the loop.
    const code = 'import { isOverdue } from "./directives";\nexport const o = isOverdue;\n';
    expect(await rulesFired("src/lib/dates.ts", code, eslint)).toContain("import/no-cycle");
  });

  it("wants kebab-case names outside Next.js's own segment names", async () => {
    const code = "export const x = 1;\n";
    expect(await rulesFired("src/server/users/ListUsers.ts", code)).toContain("check-file/filename-naming-convention");
    expect(await rulesFired("src/server/userAdmin/list.ts", code)).toContain("check-file/folder-naming-convention");
    expect(await rulesFired("tests/unit_tests/x.test.ts", code)).toContain("check-file/folder-naming-convention");
    for (const segment of ["[id]", "[...nextauth]", "(portal)", "rss.xml"]) {
      expect(await rulesFired(`src/app/${segment}/route.ts`, code)).toEqual([]);
    }
  });
});
