import "server-only";
import type { Tx } from "@/server/db/client";

/** Active ORG_REP accounts of the given organizations. */
export async function orgRepIds(tx: Tx, organizationIds: string[]): Promise<string[]> {
  if (organizationIds.length === 0) return [];
  const users = await tx.user.findMany({
    where: { isActive: true, role: "ORG_REP", organizationId: { in: organizationIds } },
    select: { id: true },
  });
  return users.map((user) => user.id);
}

/** Active SECRETARIAT accounts whose scope covers the unit (the unit itself or one above it). */
export async function secretariatIds(tx: Tx, unitPath: string): Promise<string[]> {
  const ancestors = unitPath
    .split("/")
    .filter(Boolean)
    .map((_, index, parts) => `/${parts.slice(0, index + 1).join("/")}/`);
  if (ancestors.length === 0) return [];
  const users = await tx.user.findMany({
    where: { isActive: true, role: "SECRETARIAT", unit: { path: { in: ancestors } } },
    select: { id: true },
  });
  return users.map((user) => user.id);
}
