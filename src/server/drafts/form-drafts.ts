import "server-only";
import type { Prisma } from "@prisma/client";
import type { Actor } from "@/server/auth/actor";
import { getDb, type Tx } from "@/server/db/client";
import { AppError } from "@/server/errors";

const MAX_DRAFT_BYTES = 200_000;

/**
 * Autosaved form text, per user and form key. Only the user's own drafts are ever
 * read or written, so a draft needs no other permission than being signed in; the
 * form's real save still goes through its use case and the policy.
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
  if (JSON.stringify(data).length > MAX_DRAFT_BYTES) throw new AppError("INVALID_INPUT");
  const db = await getDb();
  const row = await db.formDraft.upsert({
    where: { userId_key: { userId: actor.id, key } },
    create: { userId: actor.id, key, data, baseVersion: baseVersion ?? null },
    update: { data, baseVersion: baseVersion ?? null },
    select: { updatedAt: true },
  });
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
