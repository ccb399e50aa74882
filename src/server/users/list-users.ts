import "server-only";
import type { Prisma } from "@prisma/client";
import type { Actor } from "@/server/auth/actor";
import { assertCan, readableWhere } from "@/server/auth/policy";
import { getDb } from "@/server/db/client";
import { cleanText } from "@/lib/text";
import type { TUserSort } from "./schemas";
import { USER_ADMIN_FIELDS } from "./user-scope";

export const USERS_PAGE_SIZE = 25;

const SORT_FIELDS = { username: "username", fullName: "fullName", lastLogin: "lastLoginAt" } as const;

/** The chosen column first (never-signed-in users last), the username to break ties. */
function orderOf(sort: TUserSort | undefined): Prisma.UserOrderByWithRelationInput[] {
  if (!sort) return [{ role: "asc" }, { username: "asc" }];
  const direction = sort.startsWith("-") ? "desc" : "asc";
  const field = SORT_FIELDS[sort.replace(/^-/, "") as keyof typeof SORT_FIELDS];
  // Only the nullable column takes a nulls position; Prisma refuses one on the others.
  return [{ [field]: field === "lastLoginAt" ? { sort: direction, nulls: "last" } : direction }, { username: "asc" }];
}

export async function listUsers({ actor, q, page, sort }: { actor: Actor; q?: string; page: number; sort?: TUserSort }) {
  assertCan(actor, "read:user");
  const db = await getDb();
  const query = q ? cleanText(q) : "";
  const where: Prisma.UserWhereInput = {
    AND: [
      readableWhere(actor, "read:user"),
      query
        ? { OR: [{ username: { contains: query, mode: "insensitive" } }, { fullName: { contains: query, mode: "insensitive" } }] }
        : {},
    ],
  };
  const [total, rows] = await Promise.all([
    db.user.count({ where }),
    db.user.findMany({
      where,
      orderBy: orderOf(sort),
      skip: (page - 1) * USERS_PAGE_SIZE,
      take: USERS_PAGE_SIZE,
      select: {
        ...USER_ADMIN_FIELDS,
        lastLoginAt: true,
        unit: { select: { name: true } },
        organization: { select: { shortName: true } },
      },
    }),
  ]);
  return { total, rows, page, pages: Math.max(1, Math.ceil(total / USERS_PAGE_SIZE)) };
}

/** Units and organizations an admin may place users in. */
export async function listPlacementOptions(actor: Actor) {
  assertCan(actor, "manage:user");
  const db = await getDb();
  return db.unit.findMany({
    where: { path: { startsWith: actor.unitPath } },
    orderBy: { path: "asc" },
    select: {
      id: true,
      name: true,
      level: true,
      organizations: {
        where: { isActive: true },
        orderBy: { sortOrder: "asc" },
        select: { id: true, name: true, shortName: true },
      },
    },
  });
}
