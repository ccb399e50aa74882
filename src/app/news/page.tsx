import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { listPublishedNews } from "@/server/news/list-published-news";
import { formatDate } from "@/lib/dates";
import { ZPageListParams } from "@/lib/schema-fields";
import { parseSearchParams, type SearchParams } from "@/lib/search-params";
import { vi } from "@/messages/vi";

export const dynamic = "force-dynamic";
export const metadata: Metadata = {
  title: vi.news.title,
  alternates: { types: { "application/rss+xml": [{ url: "/news/rss.xml", title: vi.news.feedTitle }] } },
};

export default async function NewsPage({ searchParams }: { searchParams: SearchParams }) {
  const result = await listPublishedNews(parseSearchParams(ZPageListParams, await searchParams).page);
  return (
    <>
      <div className="mb-6 flex items-center justify-between gap-4">
        <h1 className="text-2xl font-semibold">{vi.news.title}</h1>
        <a className="text-sm text-brand-700 underline" href="/news/rss.xml">
          {vi.news.rss}
        </a>
      </div>
      {result.rows.length === 0 ? (
        <EmptyState message={vi.news.empty} />
      ) : (
        <ul className="space-y-8" data-testid="news-list">
          {result.rows.map((item) => (
            <li key={item.id} className="flex gap-4">
              {item.coverAttachmentId ? (
                // eslint-disable-next-line @next/next/no-img-element
                <img
                  src={`/news/cover/${item.coverAttachmentId}`}
                  alt=""
                  className="hidden h-24 w-36 shrink-0 rounded-md object-cover sm:block"
                />
              ) : null}
              <div>
                <Link href={`/news/${item.slug}`} className="text-lg font-semibold hover:underline">
                  {item.title}
                </Link>
                <p className="text-sm text-slate-500">{formatDate(item.publishedAt)}</p>
                <p className="mt-1 text-slate-700">{item.summary}</p>
              </div>
            </li>
          ))}
        </ul>
      )}
      <Pagination of={result} basePath="/news" params={{}} />
    </>
  );
}
