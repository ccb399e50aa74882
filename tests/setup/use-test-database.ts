import type { PrismaClient } from "@prisma/client";
import { afterAll, beforeAll } from "vitest";
import { seedSmallWorld, type SmallWorld } from "./small-world";
import { createTestDb, type TestDb } from "./test-db";

export interface SmallWorldDatabase {
  testDb: TestDb;
  db: PrismaClient;
  world: SmallWorld;
}

/**
 * Registers the hooks most integration files share: before them, a migrated test database
 * (installed with setDb) holding the small world; after them, the database is removed.
 * `then` runs inside the same beforeAll, so a file hands the values to its own variables
 * and adds what else it needs.
 */
export function useSmallWorld(then: (setup: SmallWorldDatabase) => unknown): void {
  let testDb: TestDb | undefined;
  beforeAll(async () => {
    testDb = await createTestDb();
    const world = await seedSmallWorld(testDb.db);
    await then({ testDb, db: testDb.db, world });
  });
  afterAll(async () => {
    await testDb?.cleanup();
  });
}
