import "server-only";
import { getDb } from "@/server/db/client";

export const NEWS_PAGE_SIZE = 10;

/** Published news items, newest first: the only data anonymous visitors can read. */
export async function listPublishedNews(page: number) {
  const db = await getDb();
  const where = { status: "PUBLISHED" as const };
  const [total, rows] = await Promise.all([
    db.newsItem.count({ where }),
    db.newsItem.findMany({
      where,
      orderBy: { publishedAt: "desc" },
      skip: (page - 1) * NEWS_PAGE_SIZE,
      take: NEWS_PAGE_SIZE,
      select: { id: true, slug: true, title: true, summary: true, publishedAt: true },
    }),
  ]);
  return { total, rows, page, pages: Math.max(1, Math.ceil(total / NEWS_PAGE_SIZE)) };
}

export async function getPublishedNews(slug: string) {
  const db = await getDb();
  return db.newsItem.findFirst({
    where: { slug, status: "PUBLISHED" },
    select: { id: true, slug: true, title: true, summary: true, bodyHtml: true, publishedAt: true },
  });
}
