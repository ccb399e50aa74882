import { listNewsForFeed } from "@/server/news/list-published-news";
import { publicUrl } from "@/server/news/public-url";
import { escapeHtml, htmlToText } from "@/server/news/sanitize-news-html";
import { vi } from "@/messages/vi";

export const dynamic = "force-dynamic";

/** Absolute on the configured public address; without one, a path that readers resolve against the feed's own URL. */
const link = (path: string) => publicUrl(path) ?? path;

/** RSS 2.0 feed of the published news items, newest first. */
export async function GET() {
  const items = await listNewsForFeed();
  const entries = items.map((item) => {
    const itemLink = link(`/news/${item.slug}`);
    const description = item.summary || htmlToText(item.bodyHtml).slice(0, 500);
    return [
      "    <item>",
      `      <title>${escapeHtml(item.title)}</title>`,
      `      <link>${escapeHtml(itemLink)}</link>`,
      `      <guid isPermaLink="${itemLink.startsWith("/") ? "false" : "true"}">${escapeHtml(itemLink)}</guid>`,
      item.publishedAt ? `      <pubDate>${item.publishedAt.toUTCString()}</pubDate>` : "",
      `      <description>${escapeHtml(description)}</description>`,
      "    </item>",
    ]
      .filter(Boolean)
      .join("\n");
  });
  const xml = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    "  <channel>",
    `    <title>${escapeHtml(vi.news.feedTitle)}</title>`,
    `    <link>${escapeHtml(link("/news"))}</link>`,
    `    <description>${escapeHtml(vi.news.feedDescription)}</description>`,
    "    <language>vi</language>",
    `    <atom:link href="${escapeHtml(link("/news/rss.xml"))}" rel="self" type="application/rss+xml" />`,
    items[0]?.publishedAt ? `    <lastBuildDate>${items[0].publishedAt.toUTCString()}</lastBuildDate>` : "",
    ...entries,
    "  </channel>",
    "</rss>",
    "",
  ]
    .filter(Boolean)
    .join("\n");
  return new Response(xml, {
    headers: { "Content-Type": "application/rss+xml; charset=utf-8", "Cache-Control": "public, max-age=60" },
  });
}
