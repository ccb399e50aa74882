import { describe, expect, it } from "vitest";
import { safeRedirectPath } from "@/lib/safe-redirect";
import { authOptions } from "@/server/auth/auth-options";

const SITE = "https://giaoban.example";

/** Where a browser on the site goes when told to navigate to `target` (WHATWG URL, as browsers parse). */
const landsOn = (target: string) => new URL(target, `${SITE}/login`).origin;

// Every way found (or known) to leave the site from a "path" parameter, as the page receives it
// after one URL decoding, and once more encoded.
const HOSTILE = [
  "/\\evil.example",
  "/%5Cevil.example",
  "/%5cevil.example",
  "/\t/evil.example",
  "/%09/evil.example",
  "/\n/evil.example",
  "/%0a/evil.example",
  "/\r/evil.example",
  "/\u0000/evil.example",
  "/\u007f/evil.example",
  "//evil.example",
  "//evil.example/path",
  "///evil.example",
  "\\\\evil.example",
  "\\/evil.example",
  "/\\/evil.example",
  "https://evil.example",
  "https://evil.example/login",
  "http:evil.example",
  "HTTPS://evil.example",
  "javascript:alert(1)",
  "JaVaScRiPt:alert(1)",
  " javascript:alert(1)",
  "data:text/html,<script>alert(1)</script>",
  "/%2F%2Fevil.example",
  "/%2f/evil.example",
  "%2F%2Fevil.example",
  "/%252F%252Fevil.example",
  "/%255Cevil.example",
  "/%25252F/evil.example",
  "/%E0%A4%A",
  "evil.example",
  "",
  " /meetings",
  `${SITE}/meetings`,
];

describe("safeRedirectPath", () => {
  it.each(HOSTILE)("keeps %j on the site (falls back to /)", (target) => {
    const path = safeRedirectPath(target);
    expect(path).toBe("/");
    expect(landsOn(path)).toBe(SITE);
  });

  it.each([
    ["/", "/"],
    ["/meetings", "/meetings"],
    ["/reports/abc123?submitted=1", "/reports/abc123?submitted=1"],
    ["/meetings?q=quý%20I&page=2", "/meetings?q=qu%C3%BD%20I&page=2"],
    ["/directives/x#cap-nhat", "/directives/x#cap-nhat"],
    ["/a/../meetings", "/meetings"],
  ])("follows the same-site path %j", (target, expected) => {
    expect(safeRedirectPath(target)).toBe(expected);
    expect(landsOn(safeRedirectPath(target))).toBe(SITE);
  });

  it("refuses what is not a string or too long, with the caller's fallback", () => {
    expect(safeRedirectPath(undefined)).toBe("/");
    expect(safeRedirectPath(["/meetings"], "/home")).toBe("/home");
    expect(safeRedirectPath(`/${"a".repeat(5000)}`)).toBe("/");
  });
});

describe("next-auth's redirect callback", () => {
  const redirect = authOptions().callbacks!.redirect!;

  const offSite = HOSTILE.filter((target) => !target.startsWith(SITE));
  it.each([...offSite, ...offSite.map((target) => `${SITE}${target}`)])("keeps %j on the site", async (url) => {
    const target = await redirect({ url, baseUrl: SITE });
    expect(landsOn(target)).toBe(SITE);
    expect(target).toBe(`${SITE}/`);
  });

  it("keeps a same-site callback, relative or absolute", async () => {
    expect(await redirect({ url: "/login?passwordChanged=1", baseUrl: SITE })).toBe(`${SITE}/login?passwordChanged=1`);
    expect(await redirect({ url: `${SITE}/meetings`, baseUrl: SITE })).toBe(`${SITE}/meetings`);
  });
});
