import type { Role } from "@prisma/client";
import type { Tx } from "../../src/server/db/client";
import { hash } from "@node-rs/argon2";

const hashes = new Map<string, Promise<string>>();

/** argon2id, memoized per password so seeds and tests stay fast. */
export function hashForFactory(password: string): Promise<string> {
  let hashed = hashes.get(password);
  if (!hashed) {
    hashed = hash(password.normalize("NFC"), {
      memoryCost: 19456,
      timeCost: 2,
      parallelism: 1,
    });
    hashes.set(password, hashed);
  }
  return hashed;
}

export async function createUser(
  db: Tx,
  input: {
    username: string;
    fullName: string;
    role: Role;
    unitId: string;
    organizationId?: string | null;
    password: string;
    isActive?: boolean;
  },
) {
  return db.user.create({
    data: {
      username: input.username,
      fullName: input.fullName,
      role: input.role,
      unitId: input.unitId,
      organizationId: input.organizationId ?? null,
      isActive: input.isActive ?? true,
      passwordHash: await hashForFactory(input.password),
    },
  });
}
