import "server-only";
import type { Prisma } from "@prisma/client";
import type { Actor } from "@/server/auth/actor";
import { assertCan, can } from "@/server/auth/policy";
import type { Tx } from "@/server/db/client";
import { AppError, isUniqueViolation } from "@/server/errors";
import { slugify } from "@/lib/text";

export const NEWS_SELECT = {
  id: true,
  meetingId: true,
  slug: true,
  title: true,
  summary: true,
  bodyHtml: true,
  coverAttachmentId: true,
  status: true,
  publishedAt: true,
  version: true,
  updatedAt: true,
  meeting: { select: { unit: { select: { path: true } } } },
} satisfies Prisma.NewsItemSelect;

/** Loads a news item the actor may manage (the secretariat of the meeting's unit or above). */
export async function loadNewsFor(tx: Tx, actor: Actor, newsId: string) {
  const item = await tx.newsItem.findUnique({ where: { id: newsId }, select: NEWS_SELECT });
  if (!item || !item.meeting || !can(actor, "read:meeting", { unitPath: item.meeting.unit.path })) {
    throw new AppError("NOT_FOUND");
  }
  assertCan(actor, "manage:news", { unitPath: item.meeting.unit.path });
  return item;
}

/** A slug from the title without diacritics, made unique with "-2", "-3" … */
export async function uniqueSlug(tx: Tx, title: string, exceptId?: string): Promise<string> {
  const base = slugify(title).slice(0, 100) || "tin-bai";
  // Items saved at once under the same title would all see the same slug free and all but one
  // fail on the unique index; the lock (held until commit) makes each wait for the previous.
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('NewsItem.slug'), hashtext(${base}))`;
  const taken = new Set(
    (
      await tx.newsItem.findMany({
        where: { slug: { startsWith: base }, ...(exceptId ? { id: { not: exceptId } } : {}) },
        select: { slug: true },
      })
    ).map((row) => row.slug),
  );
  if (!taken.has(base)) return base;
  for (let n = 2; ; n += 1) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** A slug taken despite the lock (e.g. by a hand-made row): the unique index refuses it, answered as a conflict. */
export function slugRace(error: unknown): never {
  if (isUniqueViolation(error)) throw new AppError("CONFLICT");
  throw error;
}
