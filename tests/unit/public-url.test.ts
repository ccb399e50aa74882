import { afterAll, describe, expect, it, vi } from "vitest";
import { publicUrl } from "@/server/news/public-url";

vi.mock("next/headers", () => {
  const hostile = new Headers({ host: "evil.example", "x-forwarded-host": "evil.example" });
  return { headers: async () => hostile };
});

describe("publicUrl", () => {
  afterAll(() => {
    vi.unstubAllEnvs();
  });

  it("uses the configured NEXTAUTH_URL's origin, whatever the request says", () => {
    // Read lazily by src/server/env.ts, so setting it before the first call configures this file.
    vi.stubEnv("NEXTAUTH_URL", "https://giaoban.example/dang-nhap");
    expect(publicUrl("/news/tin-a")).toBe("https://giaoban.example/news/tin-a");
    expect(publicUrl("/news/rss.xml")).toBe("https://giaoban.example/news/rss.xml");
  });
});
