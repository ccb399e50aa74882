import "server-only";
import { can, usersWhoCan, type Action, type RecordScope } from "@/server/auth/policy";
import type { Tx } from "@/server/db/client";

/** The active users who may do `action` on the record: whom a notice about it concerns. */
export async function recipientsOf(tx: Tx, action: Action, record: RecordScope): Promise<string[]> {
  const users = await tx.user.findMany({ where: usersWhoCan(action, record), orderBy: { id: "asc" }, select: { id: true } });
  return users.map((user) => user.id);
}

/**
 * The same for many records in one query (notification jobs): records of one unit share a
 * clause with their organizations merged, and each user is then kept for the records the
 * policy lets them act on.
 */
export async function recipientsOfEach<K>(
  tx: Tx,
  action: Action,
  records: ReadonlyMap<K, RecordScope>,
): Promise<Map<K, string[]>> {
  const merged = new Map<string, RecordScope & { organizationIds: string[] }>();
  for (const record of records.values()) {
    const key = `${record.unitPath}|${record.published === true}`;
    const group = merged.get(key) ?? { ...record, organizationIds: [] };
    group.organizationIds.push(...(record.organizationIds ?? []));
    merged.set(key, group);
  }
  const users =
    merged.size === 0
      ? []
      : await tx.user.findMany({
          where: { OR: [...merged.values()].map((record) => usersWhoCan(action, record)) },
          orderBy: { id: "asc" },
          select: { id: true, role: true, organizationId: true, unit: { select: { path: true } } },
        });
  const out = new Map<K, string[]>();
  for (const [key, record] of records) {
    out.set(
      key,
      users
        .filter((user) => can({ role: user.role, unitPath: user.unit.path, organizationId: user.organizationId }, action, record))
        .map((user) => user.id),
    );
  }
  return out;
}
