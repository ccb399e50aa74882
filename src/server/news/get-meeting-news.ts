import "server-only";
import type { Actor } from "@/server/auth/actor";
import { can } from "@/server/auth/policy";
import { getDb } from "@/server/db/client";
import { NEWS_SELECT } from "./news-access";

// The meeting's unit is the caller's to pass (`unitPath`): read with the item, it cost two more statements.
const { meeting: _meeting, ...NEWS_FIELDS } = NEWS_SELECT;

/** The news item of a meeting, for those who manage news of its unit (null otherwise or when none). */
export async function getMeetingNews({ actor, meetingId, unitPath }: { actor: Actor; meetingId: string; unitPath: string }) {
  if (!can(actor, "manage:news", { unitPath })) return null;
  const db = await getDb();
  return db.newsItem.findFirst({ where: { meetingId }, select: NEWS_FIELDS });
}
