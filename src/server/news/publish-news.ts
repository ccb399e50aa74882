import "server-only";
import { recordAudit } from "@/server/audit/record-audit";
import type { Actor } from "@/server/auth/actor";
import { assertCan } from "@/server/auth/policy";
import { getDb } from "@/server/db/client";
import { AppError } from "@/server/errors";
import { loadNewsFor } from "./news-access";
import { message } from "@/messages/message-ref";

/**
 * Publishes (visible to anonymous visitors at /news/<slug>) or unpublishes (hidden at
 * once: every public read filters on PUBLISHED) a news item.
 */
export async function setNewsPublished({
  actor,
  newsId,
  published,
  now = new Date(),
}: {
  actor: Actor;
  newsId: string;
  published: boolean;
  now?: Date;
}) {
  assertCan(actor, "manage:news");
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const item = await loadNewsFor(tx, actor, newsId);
    if (published && !item.title.trim()) throw new AppError("INVALID_STATE", message("news.rules.titleRequired"));
    if (published === (item.status === "PUBLISHED"))
      throw new AppError(
        "INVALID_STATE",
        published ? message("news.rules.alreadyPublished") : message("news.rules.notPublished"),
      );
    const status = published ? "PUBLISHED" : "UNPUBLISHED";
    const publishedAt = published ? now : item.publishedAt;
    await tx.newsItem.update({
      where: { id: item.id },
      data: { status, publishedAt, version: { increment: 1 } },
    });
    await recordAudit(tx, actor.id, published ? "news.publish" : "news.unpublish", ["NewsItem", item.id], {
      before: { status: item.status },
      after: { status, publishedAt },
    });
    return { id: item.id, slug: item.slug, status };
  });
}
