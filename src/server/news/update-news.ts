import "server-only";
import { recordAudit } from "@/server/audit/record-audit";
import type { Actor } from "@/server/auth/actor";
import { assertCan } from "@/server/auth/policy";
import { getDb } from "@/server/db/client";
import { guardedUpdate } from "@/server/db/guarded-update";
import { parseInput } from "@/server/form-errors";
import { loadNewsFor, slugRace, uniqueSlug } from "./news-access";
import { sanitizeNewsHtml } from "./sanitize-news-html";
import { ZUpdateNewsSchema, type TUpdateNewsInput } from "./schemas";

/**
 * Saves title, summary and body. The body is sanitized with the allowlist before it
 * is stored. The slug follows the title until the item is first published, then
 * stays (public links keep working). A stale version is a CONFLICT.
 */
export async function updateNews({ actor, input }: { actor: Actor; input: TUpdateNewsInput }) {
  assertCan(actor, "manage:news");
  const data = parseInput(ZUpdateNewsSchema, input);
  const db = await getDb();
  return db
    .$transaction(async (tx) => {
      const item = await loadNewsFor(tx, actor, data.newsId);
      const bodyHtml = sanitizeNewsHtml(data.bodyHtml);
      const slug = item.publishedAt ? item.slug : await uniqueSlug(tx, data.title, item.id);
      await guardedUpdate(
        tx,
        "newsItem",
        { id: item.id, version: data.version },
        { title: data.title, summary: data.summary, bodyHtml, slug },
      );
      await recordAudit(tx, actor.id, "news.update", ["NewsItem", item.id], {
        before: { title: item.title, summary: item.summary, bodyHtml: item.bodyHtml, slug: item.slug },
        after: { title: data.title, summary: data.summary, bodyHtml, slug },
      });
      return { id: item.id, slug, bodyHtml };
    })
    .catch(slugRace);
}
