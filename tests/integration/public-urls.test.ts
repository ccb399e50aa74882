import type { PrismaClient } from "@prisma/client";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { generateMetadata } from "@/app/news/[slug]/page";
import { GET as rss } from "@/app/news/rss.xml/route";
import { seedSmallWorld, type SmallWorld } from "../setup/small-world";
import { createTestDb, type TestDb } from "../setup/test-db";

// Whatever the request says about its host must never reach a link.
vi.mock("next/headers", () => {
  const hostile = new Headers({ host: "evil.example", "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" });
  return { headers: async () => hostile };
});

describe("public links without a configured address", () => {
  let testDb: TestDb;
  let db: PrismaClient;
  let world: SmallWorld;

  beforeAll(async () => {
    delete process.env.NEXTAUTH_URL;
    testDb = await createTestDb();
    db = testDb.db;
    world = await seedSmallWorld(db);
    await db.newsItem.create({
      data: {
        slug: "tin-cong-khai",
        title: "Tin công khai",
        status: "PUBLISHED",
        publishedAt: new Date("2021-01-01T00:00:00Z"),
        authorId: world.ids.secretariat,
        meetingId: world.meeting.id,
      },
    });
  });

  afterAll(async () => {
    await testDb?.cleanup();
  });

  it("builds the RSS feed with site paths, never the request's host", async () => {
    const xml = await (await rss()).text();
    expect(xml).not.toContain("evil.example");
    expect(xml).toContain("<link>/news/tin-cong-khai</link>");
    expect(xml).toContain('<guid isPermaLink="false">/news/tin-cong-khai</guid>');
    expect(xml).toContain("<link>/news</link>");
  });

  it("leaves the canonical and Open Graph addresses out of a news page rather than guess them", async () => {
    const metadata = await generateMetadata({ params: Promise.resolve({ slug: "tin-cong-khai" }) });
    expect(JSON.stringify(metadata)).not.toContain("evil.example");
    expect(metadata.title).toBe("Tin công khai");
    expect(metadata.alternates).toBeUndefined();
    expect(metadata.openGraph).not.toHaveProperty("url", expect.anything());
  });
});
