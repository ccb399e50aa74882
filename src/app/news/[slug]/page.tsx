import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getPublishedNews } from "@/server/news/list-published-news";
import { formatDate } from "@/lib/dates";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  const item = await getPublishedNews((await params).slug);
  if (!item) return {};
  return {
    title: item.title,
    description: item.summary,
    openGraph: { title: item.title, description: item.summary, type: "article" },
  };
}

export default async function NewsItemPage({ params }: { params: Promise<{ slug: string }> }) {
  const item = await getPublishedNews((await params).slug);
  if (!item) notFound();
  return (
    <article>
      <h1 className="text-2xl font-semibold">{item.title}</h1>
      <p className="mt-1 text-sm text-slate-500">{formatDate(item.publishedAt)}</p>
      <p className="mt-4 font-medium text-slate-700">{item.summary}</p>
      {/* Shown as plain text until the news editor stores sanitized HTML (issue 7). */}
      <div className="mt-4 whitespace-pre-line text-slate-800">{item.bodyHtml.replace(/<[^>]*>/g, "")}</div>
    </article>
  );
}
