import "server-only";
import type { Prisma } from "@prisma/client";
import type { Actor } from "@/server/auth/actor";
import { assertCan, readableWhere } from "@/server/auth/policy";
import { getDb } from "@/server/db/client";

export const AUDIT_PAGE_SIZE = 50;

export async function listAudit({
  actor,
  entityType,
  username,
  page,
}: {
  actor: Actor;
  entityType?: string;
  username?: string;
  page: number;
}) {
  assertCan(actor, "read:audit");
  const db = await getDb();
  const where: Prisma.AuditLogWhereInput = {
    AND: [
      readableWhere(actor, "read:audit"),
      entityType ? { entityType } : {},
      username ? { actor: { username: username.toLowerCase() } } : {},
    ],
  };
  const [total, rows, entityTypes] = await Promise.all([
    db.auditLog.count({ where }),
    db.auditLog.findMany({
      where,
      orderBy: { at: "desc" },
      skip: (page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
      select: {
        id: true,
        at: true,
        action: true,
        entityType: true,
        entityId: true,
        before: true,
        after: true,
        actor: { select: { username: true, fullName: true } },
      },
    }),
    db.auditLog.findMany({ distinct: ["entityType"], select: { entityType: true }, orderBy: { entityType: "asc" } }),
  ]);
  return {
    total,
    rows,
    page,
    pages: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)),
    entityTypes: entityTypes.map((row) => row.entityType),
  };
}
