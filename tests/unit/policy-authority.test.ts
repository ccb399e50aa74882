import fs from "node:fs";
import path from "node:path";
import { Role } from "@prisma/client";
import { describe, expect, it } from "vitest";

const SRC = path.join(process.cwd(), "src");
const ROLES = Object.values(Role);
const NAMES = ROLES.join("|");

/**
 * Where access is decided by role name rather than by asking the policy: a role name written
 * as a string or enum member, or a person's role compared or switched on. The policy module
 * (src/server/auth/policy*.ts) is the one place allowed to name roles, and the message
 * catalogues name them for display (keyed, never compared).
 */
const PATTERNS: { what: string; pattern: RegExp }[] = [
  { what: "role name as a string", pattern: new RegExp(`(["'\`])(?:${NAMES})\\1`) },
  { what: "role enum member", pattern: new RegExp(`\\bRole\\.(?:${NAMES})\\b`) },
  {
    what: "role compared",
    pattern: /\b(?:actor|user|subject|placement)\.role\s*[!=]==?|[!=]==?\s*(?:actor|user|subject|placement)\.role\b/,
  },
  { what: "role switched on", pattern: /switch\s*\(\s*(?:actor|user|subject|placement)\.role\s*\)/ },
  { what: "role looked up in a list", pattern: /\.includes\(\s*(?:actor|user|subject|placement)\.role\s*\)/ },
];

const ALLOWED = [/^server\/auth\/policy[^/]*\.ts$/, /^messages\//];

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx|js|mjs)$/.test(entry.name) ? [full] : [];
  });
}

function findings(source: string): string[] {
  // Comments may explain roles; only code decides.
  const code = source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:])\/\/.*$/gm, "$1");
  return code
    .split("\n")
    .flatMap((line) => PATTERNS.filter(({ pattern }) => pattern.test(line)).map(({ what }) => `${what}: ${line.trim()}`));
}

describe("the policy is the only authority on roles", () => {
  it("recognises each way of deciding by role name", () => {
    expect(findings(`if (actor.role === "ORG_REP") return;`)).toHaveLength(2);
    expect(findings(`const x = user.role !== other;`)).toHaveLength(1);
    expect(findings(`where: { role: "SECRETARIAT" }`)).toHaveLength(1);
    expect(findings(`const roles = ['ADMIN'];`)).toHaveLength(1);
    expect(findings("role: Role.VIEWER,")).toHaveLength(1);
    expect(findings(`switch (actor.role) {`)).toHaveLength(1);
    expect(findings(`[a, b].includes(user.role)`)).toHaveLength(1);
    expect(findings(`// an ORG_REP sees "ORG_REP" rows`)).toEqual([]);
    expect(findings(`{vi.roles[actor.role]}`)).toEqual([]);
    expect(findings(`row.role === "LEAD"`)).toEqual([]);
  });

  it("finds no role name decided on outside src/server/auth/policy*.ts", () => {
    const offenders = sourceFiles(SRC).flatMap((file) => {
      const relative = path.relative(SRC, file).split(path.sep).join("/");
      if (ALLOWED.some((allowed) => allowed.test(relative))) return [];
      return findings(fs.readFileSync(file, "utf8")).map((finding) => `src/${relative}: ${finding}`);
    });
    expect(offenders).toEqual([]);
  });
});
