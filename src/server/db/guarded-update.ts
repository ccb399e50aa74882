import "server-only";
import type { Prisma } from "@prisma/client";
import type { Tx } from "@/server/db/client";
import { AppError } from "@/server/errors";

/** The models with a `version` column. */
type VersionedModel = "meeting" | "directive" | "newsItem" | "unitReport" | "conclusionNotice" | "consolidatedReport";

/** What a model's `updateMany` accepts: its `where` (the guard) and its `data`. */
type UpdateManyArgs<M extends VersionedModel> = Prisma.TypeMap["model"][Capitalize<M>]["operations"]["updateMany"]["args"];

type Guard<M extends VersionedModel> = NonNullable<UpdateManyArgs<M>["where"]> & { id: string };

/**
 * Optimistic concurrency in one place: the row is written only if it still matches the guard
 * (its id and the version the actor saw, or the status the step starts from), the version is
 * bumped with it, and a row that no longer matches is a CONFLICT: the second writer is told,
 * nothing is overwritten silently (DESIGN.md §4).
 */
export async function guardedUpdate<M extends VersionedModel>(
  tx: Tx,
  model: M,
  guard: Guard<M>,
  data: UpdateManyArgs<M>["data"],
): Promise<void> {
  // Each delegate's updateMany is generic over its own args; the union of them cannot be called
  // as is, and the signature above already ties `guard` and `data` to `model`.
  const delegate = tx[model] as unknown as {
    updateMany(args: { where: Guard<M>; data: UpdateManyArgs<M>["data"] }): Promise<{ count: number }>;
  };
  const { count } = await delegate.updateMany({ where: guard, data: { ...data, version: { increment: 1 } } });
  if (count === 0) throw new AppError("CONFLICT");
}
