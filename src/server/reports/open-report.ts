import "server-only";
import type { PrismaClient } from "@prisma/client";
import { recordAudit } from "@/server/audit/record-audit";
import type { Actor } from "@/server/auth/actor";
import { assertCan } from "@/server/auth/policy";
import { getDb } from "@/server/db/client";
import { AppError, isUniqueViolation } from "@/server/errors";
import { parseInput } from "@/server/form-errors";
import { assertUnitOpenOn } from "@/server/units/unit-rules";
import { ZOpenReportSchema } from "./schemas";
import { message } from "@/messages/message-ref";

/**
 * The actor's organization's report for a period: the existing one, or a new draft. Two opens at
 * once (a double click, two tabs) both find none and both insert; the unique index refuses the
 * second, which then answers with the report the first created.
 */
export async function openReport({ actor, input }: { actor: Actor; input: { periodId: string } }) {
  const { periodId } = parseInput(ZOpenReportSchema, input);
  if (!actor.organizationId) throw new AppError("FORBIDDEN");
  const db = await getDb();
  try {
    return await createOrFindReport(db, actor, periodId);
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const existing = await db.unitReport.findUnique({
      where: { organizationId_periodId: { organizationId: actor.organizationId, periodId } },
      select: { id: true },
    });
    if (!existing) throw new AppError("CONFLICT");
    return existing;
  }
}

function createOrFindReport(db: PrismaClient, actor: Actor, periodId: string) {
  return db.$transaction(async (tx) => {
    const organization = await tx.organization.findUnique({
      where: { id: actor.organizationId! },
      select: { id: true, unitId: true, submitsReports: true, isActive: true, unit: { select: { path: true } } },
    });
    if (!organization) throw new AppError("NOT_FOUND");
    assertCan(actor, "edit:report", { unitPath: organization.unit.path, organizationIds: [organization.id] });
    if (!organization.submitsReports || !organization.isActive)
      throw new AppError("INVALID_STATE", message("reports.notReporting"));
    const period = await tx.period.findUnique({ where: { id: periodId }, select: { id: true } });
    if (!period) throw new AppError("NOT_FOUND");
    const existing = await tx.unitReport.findUnique({
      where: { organizationId_periodId: { organizationId: organization.id, periodId } },
      select: { id: true },
    });
    if (existing) return existing;
    await assertUnitOpenOn(tx, organization.unitId, null);
    const report = await tx.unitReport.create({
      data: { organizationId: organization.id, periodId, unitId: organization.unitId, authorId: actor.id },
      select: { id: true },
    });
    await recordAudit(tx, actor.id, "report.create", ["UnitReport", report.id], {
      after: { organizationId: organization.id, periodId },
    });
    return report;
  });
}
