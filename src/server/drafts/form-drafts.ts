import "server-only";
import type { Prisma } from "@prisma/client";
import type { Actor } from "@/server/auth/actor";
import { getDb, type Tx } from "@/server/db/client";
import { AppError } from "@/server/errors";
import { message } from "@/messages/message-ref";

/** UTF-8 bytes of one draft: a meeting's minutes at their longest allowed lengths fit many times over. */
export const MAX_DRAFT_BYTES = 400_000;
/** Drafts kept per user; saving one more evicts the draft left untouched the longest. */
export const MAX_DRAFTS_PER_USER = 50;

/**
 * Autosaved form text, per user and form key. Only the user's own drafts are ever read or
 * written, but a draft is still stored data: callers save one only for a record the policy
 * lets the actor edit (reports/autosave-report-draft.ts, meetings/autosave-draft.ts), and the
 * size and the number per user are capped so that no account can fill the database.
 */
export async function saveFormDraft({
  actor,
  key,
  data,
  baseVersion,
}: {
  actor: Actor;
  key: string;
  data: Prisma.InputJsonObject;
  baseVersion?: number | null;
}) {
  if (!/^[a-z]+(:[A-Za-z0-9_-]{1,64})+$/.test(key)) throw new AppError("INVALID_INPUT");
  if (Buffer.byteLength(JSON.stringify(data), "utf8") > MAX_DRAFT_BYTES)
    throw new AppError("INVALID_INPUT", message("drafts.tooLarge"));
  const db = await getDb();
  // One batch transaction: the row lock makes one user's saves take turns, and each later
  // statement sees the drafts committed before it, so parallel saves cannot slip past the cap.
  const [, row] = await db.$transaction([
    db.$queryRaw`SELECT 1 FROM "User" WHERE "id" = ${actor.id} FOR UPDATE`,
    db.formDraft.upsert({
      where: { userId_key: { userId: actor.id, key } },
      create: { userId: actor.id, key, data, baseVersion: baseVersion ?? null },
      update: { data, baseVersion: baseVersion ?? null },
      select: { updatedAt: true },
    }),
    db.$executeRaw`
      DELETE FROM "FormDraft" WHERE "userId" = ${actor.id} AND "key" <> ${key} AND "key" NOT IN (
        SELECT "key" FROM "FormDraft" WHERE "userId" = ${actor.id} AND "key" <> ${key}
        ORDER BY "updatedAt" DESC, "key" LIMIT ${MAX_DRAFTS_PER_USER - 1}::int)`,
  ]);
  return row;
}

/** The user's draft for a form; `data` is as the form saved it, for the caller to parse. */
export async function getFormDraft({ actor, key }: { actor: Actor; key: string }) {
  const db = await getDb();
  const row = await db.formDraft.findUnique({
    where: { userId_key: { userId: actor.id, key } },
    select: { data: true, baseVersion: true, updatedAt: true },
  });
  if (!row) return null;
  return { data: row.data as Prisma.JsonObject, baseVersion: row.baseVersion, updatedAt: row.updatedAt };
}

export async function deleteFormDraft(tx: Tx, userId: string, key: string) {
  await tx.formDraft.deleteMany({ where: { userId, key } });
}

export async function discardFormDraft({ actor, key }: { actor: Actor; key: string }) {
  const db = await getDb();
  await deleteFormDraft(db, actor.id, key);
}
