import "server-only";
import { recordAudit } from "@/server/audit/record-audit";
import type { Actor } from "@/server/auth/actor";
import { assertCan } from "@/server/auth/policy";
import { getDb } from "@/server/db/client";
import { AppError } from "@/server/errors";
import { parseInput } from "@/server/form-errors";
import { fromVietnamTime } from "@/lib/dates";
import { assertUnitOpenOn } from "@/server/units/unit-rules";
import { ZSetDeadlineSchema, type TSetDeadlineInput } from "./schemas";

/** Sets one unit's report deadline for a period, typed as a Vietnam day and hour. */
export async function setPeriodDeadline({ actor, input }: { actor: Actor; input: TSetDeadlineInput }) {
  assertCan(actor, "manage:period");
  const { periodId, unitId, day, time } = parseInput(ZSetDeadlineSchema, input);
  const deadline = fromVietnamTime(day, time);
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const unit = await tx.unit.findUnique({ where: { id: unitId }, select: { path: true } });
    const period = await tx.period.findUnique({ where: { id: periodId }, select: { id: true } });
    if (!unit || !period) throw new AppError("NOT_FOUND");
    // Admins set deadlines for their own unit and those below it only.
    if (!unit.path.startsWith(actor.unitPath)) throw new AppError("FORBIDDEN");
    await assertUnitOpenOn(tx, unitId, deadline);
    const before = await tx.periodDeadline.findUnique({
      where: { periodId_unitId: { periodId, unitId } },
      select: { deadline: true },
    });
    await tx.periodDeadline.upsert({
      where: { periodId_unitId: { periodId, unitId } },
      create: { periodId, unitId, deadline },
      update: { deadline },
    });
    await recordAudit(tx, actor.id, "period.deadline", ["Period", periodId], {
      before: before ? { unitId, deadline: before.deadline } : undefined,
      after: { unitId, deadline },
    });
  });
}
