import "server-only";
import { getDb } from "@/server/db/client";

export const NEWS_PAGE_SIZE = 10;
export const RSS_ITEMS = 30;

const PUBLISHED = { status: "PUBLISHED" as const };

/** Published news items, newest first: the only data anonymous visitors can read. */
export async function listPublishedNews(page: number) {
  const db = await getDb();
  const [total, rows] = await Promise.all([
    db.newsItem.count({ where: PUBLISHED }),
    db.newsItem.findMany({
      where: PUBLISHED,
      orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * NEWS_PAGE_SIZE,
      take: NEWS_PAGE_SIZE,
      select: { id: true, slug: true, title: true, summary: true, publishedAt: true, coverAttachmentId: true },
    }),
  ]);
  return { total, rows, page, pages: Math.max(1, Math.ceil(total / NEWS_PAGE_SIZE)) };
}

/** The newest published items with their bodies, for the RSS feed. */
export async function listNewsForFeed() {
  const db = await getDb();
  return db.newsItem.findMany({
    where: PUBLISHED,
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: RSS_ITEMS,
    select: { slug: true, title: true, summary: true, bodyHtml: true, publishedAt: true },
  });
}

export async function getPublishedNews(slug: string) {
  const db = await getDb();
  return db.newsItem.findFirst({
    where: { slug, ...PUBLISHED },
    select: {
      id: true,
      slug: true,
      title: true,
      summary: true,
      bodyHtml: true,
      publishedAt: true,
      updatedAt: true,
      coverAttachmentId: true,
    },
  });
}
