import "server-only";
import { recordAudit } from "@/server/audit/record-audit";
import type { Actor } from "@/server/auth/actor";
import { assertCan } from "@/server/auth/policy";
import { getDb } from "@/server/db/client";
import { AppError, isUniqueViolation } from "@/server/errors";
import { parseInput } from "@/server/form-errors";
import { ZIndicatorSchema, type TIndicatorInput } from "./schemas";
import { message } from "@/messages/message-ref";

/**
 * Creates or updates one indicator an organization kind reports. An indicator in use
 * is never deleted, only deactivated, so earlier reports keep their figures.
 */
export async function saveIndicator({ actor, input }: { actor: Actor; input: TIndicatorInput }) {
  assertCan(actor, "manage:indicator");
  const { id, ...data } = parseInput(ZIndicatorSchema, input);
  const db = await getDb();
  try {
    return await db.$transaction(async (tx) => {
      const before = id ? await tx.indicatorDefinition.findUnique({ where: { id } }) : null;
      if (id && !before) throw new AppError("NOT_FOUND");
      const taken = await tx.indicatorDefinition.findUnique({
        where: { organizationKind_code: { organizationKind: data.organizationKind, code: data.code } },
        select: { id: true },
      });
      if (taken && taken.id !== id) throw new AppError("INVALID_INPUT", undefined, { code: message("indicators.codeTaken") });
      const saved = id
        ? await tx.indicatorDefinition.update({ where: { id }, data, select: { id: true } })
        : await tx.indicatorDefinition.create({ data, select: { id: true } });
      await recordAudit(tx, actor.id, id ? "indicator.update" : "indicator.create", ["IndicatorDefinition", saved.id], {
        before,
        after: data,
      });
      return saved;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("INVALID_INPUT", undefined, { code: message("indicators.codeTaken") });
    throw error;
  }
}

export async function listIndicators(actor: Actor) {
  assertCan(actor, "manage:indicator");
  const db = await getDb();
  return db.indicatorDefinition.findMany({
    orderBy: [{ organizationKind: "asc" }, { sortOrder: "asc" }, { code: "asc" }],
    select: {
      id: true,
      organizationKind: true,
      code: true,
      name: true,
      unitLabel: true,
      isMoney: true,
      isActive: true,
      sortOrder: true,
    },
  });
}
