import "server-only";
import type { Actor } from "@/server/auth/actor";
import { can } from "@/server/auth/policy";
import { getDb } from "@/server/db/client";
import { NEWS_SELECT } from "./news-access";

/** The news item of a meeting, for those who manage news of its unit (null otherwise or when none). */
export async function getMeetingNews({ actor, meetingId, unitPath }: { actor: Actor; meetingId: string; unitPath: string }) {
  if (!can(actor, "manage:news", { unitPath })) return null;
  const db = await getDb();
  const item = await db.newsItem.findFirst({ where: { meetingId }, select: NEWS_SELECT });
  if (!item) return null;
  const { meeting: _meeting, ...rest } = item;
  return rest;
}
