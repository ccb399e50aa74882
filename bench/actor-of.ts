import type { Actor } from "../src/server/auth/actor";
import type { Db } from "../src/server/db/client";

/** A seeded account as the use cases see it: the benches act as that user, without a session. */
export async function actorOf(db: Db, username: string): Promise<Actor> {
  const user = await db.user.findUniqueOrThrow({
    where: { username },
    select: {
      id: true,
      username: true,
      fullName: true,
      role: true,
      organizationId: true,
      unit: { select: { id: true, path: true, name: true } },
    },
  });
  const { unit, ...rest } = user;
  return { ...rest, unitId: unit.id, unitPath: unit.path, unitName: unit.name };
}
