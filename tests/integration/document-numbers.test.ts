import type { PrismaClient } from "@prisma/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { allocateDocumentNumber } from "@/server/numbering/allocate-number";
import { createTestDb, type TestDb } from "../setup/test-db";
import { createUnit } from "../../prisma/factories/units";

describe("document number register", () => {
  let testDb: TestDb;
  let db: PrismaClient;
  let unitId: string;

  beforeAll(async () => {
    testDb = await createTestDb();
    db = testDb.db;
    unitId = (
      await createUnit(db, {
        code: "TTH",
        name: "Tỉnh Thừa Thiên Huế",
        committeeName: "Tỉnh ủy Thừa Thiên Huế",
        placeName: "Huế",
        level: "PROVINCE",
      })
    ).id;
  });
  afterAll(() => testDb.cleanup());

  it("numbers from 1 per unit, type and term", async () => {
    const next = (docType: string, term: string) =>
      db.$transaction(async (tx) => (await allocateDocumentNumber(tx, { unitId, docType, term })).number);
    expect(await next("TB", "2020–2025")).toBe(1);
    expect(await next("TB", "2020–2025")).toBe(2);
    expect(await next("TB", "2025–2030")).toBe(1);
    expect(await next("BB", "2020–2025")).toBe(1);
  });

  it("gives concurrent issues distinct consecutive numbers", async () => {
    const numbers = await Promise.all(
      Array.from({ length: 8 }, () =>
        db.$transaction(async (tx) => (await allocateDocumentNumber(tx, { unitId, docType: "TB", term: "2030–2035" })).number),
      ),
    );
    expect([...numbers].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });
});
