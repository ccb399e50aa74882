import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getPublishedNews } from "@/server/news/list-published-news";
import { publicUrl } from "@/server/news/public-url";
import { htmlToText, sanitizeNewsHtml } from "@/server/news/sanitize-news-html";
import { formatDate } from "@/lib/dates";
import { recordKeys } from "@/server/http/route-params";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  const item = await getPublishedNews((await recordKeys(params)).slug);
  if (!item) return {};
  const description = item.summary || htmlToText(item.bodyHtml).slice(0, 200);
  // Absolute links only from the configured address; without one they are left out rather than guessed.
  const url = publicUrl(`/news/${item.slug}`);
  const cover = item.coverAttachmentId ? publicUrl(`/news/cover/${item.coverAttachmentId}`) : null;
  return {
    title: item.title,
    description,
    alternates: url ? { canonical: url } : undefined,
    openGraph: {
      title: item.title,
      description,
      type: "article",
      url: url ?? undefined,
      locale: "vi_VN",
      publishedTime: item.publishedAt?.toISOString(),
      modifiedTime: item.updatedAt.toISOString(),
      images: cover ? [{ url: cover }] : undefined,
    },
  };
}

export default async function NewsItemPage({ params }: { params: Promise<{ slug: string }> }) {
  const item = await getPublishedNews((await recordKeys(params)).slug);
  if (!item) notFound();
  // Stored sanitized; sanitized again here so a row written by other means can never carry script.
  const body = sanitizeNewsHtml(item.bodyHtml);
  return (
    <article>
      <h1 className="text-2xl font-semibold">{item.title}</h1>
      <p className="mt-1 text-sm text-slate-500">{formatDate(item.publishedAt)}</p>
      {item.coverAttachmentId ? (
        // eslint-disable-next-line @next/next/no-img-element
        <img src={`/news/cover/${item.coverAttachmentId}`} alt="" className="mt-4 w-full rounded-md" />
      ) : null}
      {item.summary ? <p className="mt-4 font-medium text-slate-700">{item.summary}</p> : null}
      <div className="news-body mt-4 text-slate-800" data-testid="news-body" dangerouslySetInnerHTML={{ __html: body }} />
    </article>
  );
}
