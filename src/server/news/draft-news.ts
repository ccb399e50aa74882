import "server-only";
import { recordAudit } from "@/server/audit/record-audit";
import type { Actor } from "@/server/auth/actor";
import { assertCan, can } from "@/server/auth/policy";
import { getDb } from "@/server/db/client";
import { AppError } from "@/server/errors";
import { composeNews, loadNewsMeeting } from "./compose-news";
import { slugRace, uniqueSlug } from "./news-access";
import { sanitizeNewsHtml } from "./sanitize-news-html";
import { message } from "@/messages/message-ref";

/**
 * Starts the news item of a concluded (or published) meeting, prefilled from the
 * record. A meeting has one news item: an existing one is returned instead.
 */
export async function draftNews({ actor, meetingId }: { actor: Actor; meetingId: string }) {
  assertCan(actor, "manage:news");
  const db = await getDb();
  return db
    .$transaction(async (tx) => {
      const meeting = await loadNewsMeeting(tx, meetingId);
      if (!meeting || !can(actor, "read:meeting", { unitPath: meeting.unit.path })) throw new AppError("NOT_FOUND");
      assertCan(actor, "manage:news", { unitPath: meeting.unit.path });
      if (meeting.status !== "CONCLUDED" && meeting.status !== "PUBLISHED")
        throw new AppError("INVALID_STATE", message("news.rules.meetingNotConcluded"));
      const existing = await tx.newsItem.findFirst({ where: { meetingId }, select: { id: true } });
      if (existing) return existing;
      const fields = composeNews(meeting);
      const data = { ...fields, bodyHtml: sanitizeNewsHtml(fields.bodyHtml), slug: await uniqueSlug(tx, fields.title) };
      const item = await tx.newsItem.create({ data: { ...data, meetingId, authorId: actor.id }, select: { id: true } });
      await recordAudit(tx, actor.id, "news.draft", ["NewsItem", item.id], { after: data });
      return item;
    })
    .catch(slugRace);
}
