import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";

/**
 * The feature schemas are the forms' schemas too: a client component imports them for its
 * option lists and its immediate field messages, so they must load in a browser, and no client
 * component may keep its own copy of a list a schema defines.
 */

const root = path.resolve(import.meta.dirname, "../..");
const SCHEMA_MODULES = import.meta.glob("/src/server/*/schemas.ts");
/** Plain choice lists beside the schemas, zod-free so a client form can import them (docs/decisions/0026). */
const FORM_FIELD_MODULES = import.meta.glob("/src/server/*/form-fields.ts");

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { recursive: true, encoding: "utf8" })
    .filter((file) => /\.tsx?$/.test(file))
    .map((file) => path.join(dir, file));
}

const clientFiles = [...sourceFiles("src/app"), ...sourceFiles("src/components")].filter((file) =>
  readFileSync(path.join(root, file), "utf8").startsWith('"use client"'),
);

function importsOf(file: string): string[] {
  const source = readFileSync(path.join(root, file), "utf8");
  return [...source.matchAll(/^import (?!type )[^;]*?from "([^"]+)"|^import "([^"]+)"/gm)].map((match) => match[1] ?? match[2]);
}

describe("feature schemas in the browser", () => {
  // `@prisma/client` is allowed for its enums: a browser bundle resolves it to Prisma's
  // enum-only index-browser.js, and the role list must come from the database enum (0019).
  it("import nothing server-side: only zod, src/lib, the messages and Prisma's enums", () => {
    for (const file of Object.keys(SCHEMA_MODULES)) {
      const imports = importsOf(file.slice(1));
      expect(
        imports.filter(
          (name) =>
            !(
              name === "zod" ||
              name === "@prisma/client" ||
              name === "./form-fields" ||
              name.startsWith("@/lib/") ||
              name.startsWith("@/messages/")
            ),
        ),
        file,
      ).toEqual([]);
    }
  });

  it("and their form-fields are the only server modules a client component imports at run time", () => {
    for (const file of clientFiles) {
      const serverImports = importsOf(file).filter((name) => name.startsWith("@/server/"));
      expect(
        serverImports.filter((name) => !/^@\/server\/[a-z-]+\/(schemas|form-fields)$/.test(name)),
        file,
      ).toEqual([]);
    }
  });

  it("leave no copy of their option lists in client components", async () => {
    const lists: string[][] = [];
    for (const load of [...Object.values(SCHEMA_MODULES), ...Object.values(FORM_FIELD_MODULES)]) {
      for (const value of Object.values((await load()) as Record<string, unknown>)) {
        if (value instanceof z.ZodEnum) lists.push(value.options.map(String));
        else if (Array.isArray(value) && value.length > 1 && value.every((item) => typeof item === "string")) lists.push(value);
      }
    }
    expect(lists.length).toBeGreaterThan(5);
    const copies: string[] = [];
    for (const file of clientFiles) {
      const source = readFileSync(path.join(root, file), "utf8");
      for (const list of lists) {
        const quoted = list.map((item) => `"${item}"`);
        if (source.includes(quoted.join(", ")) || source.includes(quoted.join(" | "))) copies.push(`${file}: ${list.join(",")}`);
      }
    }
    expect(copies).toEqual([]);
  });
});
