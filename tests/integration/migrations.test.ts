import fs from "node:fs";
import path from "node:path";
import type { PrismaClient } from "@prisma/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations } from "@/server/db/migrate";
import { searchKey, searchWords, toNfc } from "@/lib/text";
import { createEmptyDatabase, type EmptyDatabase } from "../setup/test-db";
import { seedSmallWorld } from "../setup/small-world";

const migrationFolders = fs
  .readdirSync(path.join(process.cwd(), "prisma", "migrations"), {
    withFileTypes: true,
  })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

describe("migrations", () => {
  let database: EmptyDatabase;
  let db: PrismaClient;
  let firstRun: string[];

  beforeAll(async () => {
    database = await createEmptyDatabase();
    firstRun = await applyMigrations(database.runner);
    db = database.connect();
  });

  afterAll(async () => {
    await database?.close();
  });

  it("apply every migration folder, in order, to an empty database", () => {
    expect(migrationFolders.length).toBeGreaterThanOrEqual(2);
    expect(firstRun).toEqual(migrationFolders);
  });

  it("record one finished row per folder in _prisma_migrations", async () => {
    const rows = await database.runner.query<{
      migration_name: string;
      finished: boolean;
      checksum: string;
    }>(`SELECT migration_name, finished_at IS NOT NULL AS finished, checksum FROM "_prisma_migrations" ORDER BY migration_name`);
    expect(rows.map((row) => row.migration_name)).toEqual(migrationFolders);
    expect(rows.every((row) => row.finished)).toBe(true);
    expect(rows.every((row) => /^[0-9a-f]{64}$/.test(row.checksum))).toBe(true);
  });

  it("apply nothing the second time", async () => {
    expect(await applyMigrations(database.runner)).toEqual([]);
    const [{ count }] = await database.runner.query<{ count: number | string }>(
      `SELECT count(*)::int AS count FROM "_prisma_migrations"`,
    );
    expect(Number(count)).toBe(migrationFolders.length);
  });

  it("create the schema Prisma expects", async () => {
    expect(await db.user.count()).toBe(0);
    expect(await db.meeting.count()).toBe(0);
  });

  it("define search_key(): lower-case, unaccented, đ folded to d", async () => {
    const rows = await db.$queryRaw<{ key: string }[]>`SELECT search_key(${"Quý I/2020 Ban Dân vận"}) AS key`;
    expect(rows).toEqual([{ key: "quy i/2020 ban dan van" }]);
    const [{ key }] = await db.$queryRaw<{ key: string }[]>`SELECT search_key(${"Đoàn TNCS Hồ Chí Minh"}) AS key`;
    expect(key).toBe("doan tncs ho chi minh");
  });

  describe("diacritic-insensitive meeting search", () => {
    let meetingId: string;

    beforeAll(async () => {
      const world = await seedSmallWorld(db);
      meetingId = world.meeting.id;
    });

    // What the list does: every word of the query, keyed in JavaScript, in the generated column.
    const search = (q: string) =>
      db.meeting.findMany({
        where: { AND: searchWords(q).map((word) => ({ searchKey: { contains: word } })) },
        select: { id: true },
      });

    it("stores the title in the meeting's search text", async () => {
      const meeting = await db.meeting.findUniqueOrThrow({
        where: { id: meetingId },
        select: { searchText: true },
      });
      expect(meeting.searchText).toContain("Hội nghị giao ban quý I/2020");
    });

    it("finds 'quý I/2020' when typed without accents", async () => {
      expect(await search("quy i/2020")).toEqual([{ id: meetingId }]);
    });

    it("finds it with accents and in capitals too", async () => {
      expect(await search("HỘI NGHỊ GIAO BAN")).toEqual([{ id: meetingId }]);
    });

    it("does not find what the text does not say", async () => {
      expect(await search("quy ii/2020")).toEqual([]);
    });

    it("keeps the generated key in step with the text, and never lets the app write it", async () => {
      await db.meeting.update({ where: { id: meetingId }, data: { searchText: "Hội nghị trực báo Quý II/2020" } });
      expect(await search("truc bao quy ii")).toEqual([{ id: meetingId }]);
      await expect(db.$executeRaw`UPDATE "Meeting" SET "searchKey" = 'x'`).rejects.toThrow();
    });

    it("keys Vietnamese the same in PostgreSQL (stored side) and JavaScript (query side)", async () => {
      // Every vowel with every tone, đ/Đ, capitals, and decomposed (NFD) input as some keyboards send it.
      const samples = [
        "aàáảãạ ăằắẳẵặ âầấẩẫậ eèéẻẽẹ êềếểễệ iìíỉĩị oòóỏõọ ôồốổỗộ ơờớởỡợ uùúủũụ ưừứửữự yỳýỷỹỵ đ",
        "AÀÁẢÃẠ ĂẰẮẲẴẶ ÂẦẤẨẪẬ EÈÉẺẼẸ ÊỀẾỂỄỆ IÌÍỈĨỊ OÒÓỎÕỌ ÔỒỐỔỖỘ ƠỜỚỞỠỢ UÙÚỦŨỤ ƯỪỨỬỮỰ YỲÝỶỸỴ Đ",
        "Hội Liên hiệp Phụ nữ".normalize("NFD"),
      ];
      for (const sample of samples) {
        const [{ key }] = await db.$queryRaw<{ key: string }[]>`SELECT search_key(${toNfc(sample)}) AS key`;
        expect(searchKey(sample)).toBe(key);
      }
    });
  });
});
