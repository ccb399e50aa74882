import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { listPublishedNews } from "@/server/news/list-published-news";
import { formatDate } from "@/lib/dates";
import { pageParam, type SearchParams } from "@/lib/search-params";
import { vi } from "@/messages/vi";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: vi.news.title };

export default async function NewsPage({ searchParams }: { searchParams: SearchParams }) {
  const result = await listPublishedNews(pageParam((await searchParams).page));
  return (
    <>
      <h1 className="mb-6 text-2xl font-semibold">{vi.news.title}</h1>
      {result.rows.length === 0 ? (
        <EmptyState message={vi.news.empty} />
      ) : (
        <ul className="space-y-6">
          {result.rows.map((item) => (
            <li key={item.id}>
              <Link href={`/news/${item.slug}`} className="text-lg font-semibold hover:underline">
                {item.title}
              </Link>
              <p className="text-sm text-slate-500">{formatDate(item.publishedAt)}</p>
              <p className="mt-1 text-slate-700">{item.summary}</p>
            </li>
          ))}
        </ul>
      )}
      <Pagination page={result.page} pages={result.pages} total={result.total} basePath="/news" params={{}} />
    </>
  );
}
