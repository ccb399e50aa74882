import "server-only";
import type { Actor } from "@/server/auth/actor";
import { assertCan, scopesFor } from "@/server/auth/policy";
import { getDb } from "@/server/db/client";
import { formatDate } from "@/lib/dates";

/** Every body of the units the actor manages, with its parent body and validity. */
export async function listOrganizationsPage(actor: Actor) {
  assertCan(actor, "manage:unit");
  const db = await getDb();
  const anywhere = scopesFor(actor, "manage:unit").includes("any");
  const rows = await db.organization.findMany({
    where: anywhere ? {} : { unit: { path: { startsWith: actor.unitPath } } },
    orderBy: [{ unit: { path: "asc" } }, { sortOrder: "asc" }],
    select: {
      id: true,
      name: true,
      shortName: true,
      kind: true,
      submitsReports: true,
      validFrom: true,
      validTo: true,
      unit: { select: { id: true, name: true } },
      parent: { select: { shortName: true } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    shortName: row.shortName,
    kind: row.kind,
    submitsReports: row.submitsReports,
    unitId: row.unit.id,
    unitName: row.unit.name,
    parent: row.parent?.shortName ?? null,
    validFrom: formatDate(row.validFrom),
    validTo: formatDate(row.validTo),
  }));
}

export type OrganizationRow = Awaited<ReturnType<typeof listOrganizationsPage>>[number];
