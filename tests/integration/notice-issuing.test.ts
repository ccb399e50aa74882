import fs from "node:fs";
import { expectAppError } from "../setup/expect-app-error";
import os from "node:os";
import path from "node:path";
import type { PrismaClient } from "@prisma/client";
import { afterAll, describe, expect, it } from "vitest";
import type { Actor } from "@/server/auth/actor";
import { applyMigrations } from "@/server/db/migrate";
import { approveNotice } from "@/server/notices/approve-notice";
import { draftNotice } from "@/server/notices/draft-notice";
import { issueNotice } from "@/server/notices/issue-notice";
import { message } from "@/messages/message-ref";
import { createMeeting } from "../../prisma/factories/meetings";
import { createUnit } from "../../prisma/factories/units";
import { createUser } from "../../prisma/factories/users";
import { createEmptyDatabase } from "../setup/test-db";
import { actorOf, WORLD_PASSWORD, type SmallWorld } from "../setup/small-world";
import { useSmallWorld } from "../setup/use-test-database";

const storageDir = fs.mkdtempSync(path.join(os.tmpdir(), "giaoban-notice-issuing-"));
process.env.STORAGE_DIR = storageDir;

/** Every file under the storage folder, as relative paths. */
function storedFiles(): string[] {
  return fs
    .readdirSync(storageDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(storageDir, path.join(entry.parentPath, entry.name)))
    .sort();
}

const inYear = (year: number) => new Date(`${year}-06-15T03:00:00Z`);

describe("issuing conclusion notices per committee", () => {
  let db: PrismaClient;
  let world: SmallWorld;
  let province: { unitId: string; secretariat: Actor; leader: Actor };
  let city: { unitId: string; secretariat: Actor; leader: Actor };
  let meetings = 0;

  /** An approved notice of a new concluded meeting of the unit (one open notice per meeting). */
  async function approvedNotice(unit: typeof province): Promise<string> {
    meetings += 1;
    const meeting = await createMeeting(db, {
      unitId: unit.unitId,
      period: world.period,
      status: "CONCLUDED",
      title: `Hội nghị giao ban số ${meetings}`,
      createdById: unit.secretariat.id,
    });
    const { id } = await draftNotice({ actor: unit.secretariat, meetingId: meeting.id });
    await approveNotice({ actor: unit.leader, noticeId: id });
    return id;
  }

  useSmallWorld(async (setup) => {
    ({ db, world } = setup);
    province = { unitId: world.units.province.id, secretariat: world.actors.secretariat, leader: world.actors.leader };
    // A city under the province: "Thành ủy" gives the same suffix TU as "Tỉnh ủy".
    const cityUnit = await createUnit(db, {
      code: "TPTN",
      name: "Thành phố Thử Nghiệm",
      committeeName: "Thành ủy Thử Nghiệm",
      placeName: "Thử Nghiệm",
      level: "DISTRICT",
      numberSuffix: "TU",
      parent: world.units.province,
    });
    const account = async (username: string, fullName: string, role: "SECRETARIAT" | "LEADER") =>
      actorOf(await createUser(db, { username, fullName, role, unitId: cityUnit.id, password: WORLD_PASSWORD }), cityUnit);
    city = {
      unitId: cityUnit.id,
      secretariat: await account("thuky.thanhpho", "Võ Thị Thành", "SECRETARIAT"),
      leader: await account("lanhdao.thanhpho", "Đặng Văn Phố", "LEADER"),
    };
  });
  afterAll(async () => {
    fs.rmSync(storageDir, { recursive: true, force: true });
  });

  it("lets the province and a city under it each issue their first notice as number 1", async () => {
    const provinceNotice = await approvedNotice(province);
    const cityNotice = await approvedNotice(city);
    expect(await issueNotice({ actor: province.secretariat, noticeId: provinceNotice, now: inYear(2020) })).toEqual({
      code: "1-TB/TU",
      number: 1,
    });
    expect(await issueNotice({ actor: city.secretariat, noticeId: cityNotice, now: inYear(2020) })).toEqual({
      code: "1-TB/TU",
      number: 1,
    });
    const rows = await db.conclusionNotice.findMany({ where: { id: { in: [provinceNotice, cityNotice] } } });
    expect(rows.map((row) => row.status)).toEqual(["ISSUED", "ISSUED"]);

    // Numbers run through the term (36-HD/VPTW): the next year of the same term goes on …
    const nextYear = await approvedNotice(city);
    expect(await issueNotice({ actor: city.secretariat, noticeId: nextYear, now: inYear(2021) })).toEqual({
      code: "2-TB/TU",
      number: 2,
    });
    // … and the next term starts again at 1.
    const nextTerm = await approvedNotice(city);
    expect(await issueNotice({ actor: city.secretariat, noticeId: nextTerm, now: inYear(2025) })).toEqual({
      code: "1-TB/TU",
      number: 1,
    });
  });

  it("follows the terms a unit recorded, and restarts at 1 in the next one", async () => {
    await db.committeeTerm.createMany({
      data: [
        { unitId: province.unitId, label: "2050–2055", startsOn: new Date("2050-10-15"), endsOn: new Date("2055-10-14") },
        { unitId: province.unitId, label: "2055–2060", startsOn: new Date("2055-10-15"), endsOn: null },
      ],
    });
    const at = (day: string) => new Date(`${day}T03:00:00Z`);
    const issue = async (day: string) =>
      issueNotice({ actor: province.secretariat, noticeId: await approvedNotice(province), now: at(day) });
    expect((await issue("2055-10-01")).code).toBe("1-TB/TU");
    expect((await issue("2055-10-14")).code).toBe("2-TB/TU");
    expect((await issue("2055-10-15")).code).toBe("1-TB/TU");
  });

  it("records a number the văn thư typed, refuses one the register already holds, and numbers on after it", async () => {
    const now = inYear(2061);
    const first = await approvedNotice(city);
    expect(await issueNotice({ actor: city.secretariat, noticeId: first, now, options: { number: 7 } })).toEqual({
      code: "7-TB/TU",
      number: 7,
    });
    const second = await approvedNotice(city);
    const message =
      "Số 7-TB/TU đã có trong sổ văn bản đi của Thành ủy Thử Nghiệm nhiệm kỳ 2060–2065. Đề nghị kiểm tra lại sổ và nhập số khác.";
    const refused = await expectAppError(
      issueNotice({ actor: city.secretariat, noticeId: second, now, options: { number: 7 } }),
      "CONFLICT",
    );
    expect(refused.message).toBe(message);
    expect(refused.fieldErrors?.number).toBe(message);
    expect(await db.conclusionNotice.findUniqueOrThrow({ where: { id: second } })).toMatchObject({ status: "APPROVED" });
    // The same number in another unit's register is another document.
    const elsewhere = await approvedNotice(province);
    expect((await issueNotice({ actor: province.secretariat, noticeId: elsewhere, now, options: { number: 7 } })).code).toBe(
      "7-TB/TU",
    );
    // The portal's own numbering goes on after the typed number.
    expect(await issueNotice({ actor: city.secretariat, noticeId: second, now })).toEqual({ code: "8-TB/TU", number: 8 });
  });

  it("keeps the number and date actually used for a meeting recorded from the archive", async () => {
    const noticeId = await approvedNotice(city);
    await expect(
      issueNotice({ actor: city.secretariat, noticeId, options: { number: 3, issuedOn: new Date("2021-02-05T00:00:00Z") } }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
    const { meetingId } = await db.conclusionNotice.findUniqueOrThrow({ where: { id: noticeId } });
    await db.meeting.update({ where: { id: meetingId }, data: { isArchive: true } });
    const issuedOn = new Date("2021-02-05T00:00:00Z");
    expect(await issueNotice({ actor: city.secretariat, noticeId, options: { number: 3, issuedOn } })).toEqual({
      code: "3-TB/TU",
      number: 3,
    });
    const notice = await db.conclusionNotice.findUniqueOrThrow({ where: { id: noticeId }, include: { register: true } });
    expect(notice.issuedAt).toEqual(issuedOn);
    expect(notice.register?.term).toBe("2020–2025");
  });

  it("still gives concurrent issues in one unit consecutive distinct numbers", async () => {
    const ids = [];
    for (let i = 0; i < 4; i += 1) ids.push(await approvedNotice(city));
    const results = await Promise.all(
      ids.map((noticeId) => issueNotice({ actor: city.secretariat, noticeId, now: inYear(2030) })),
    );
    expect(results.map((result) => result.number).sort()).toEqual([1, 2, 3, 4]);
    expect(new Set(results.map((result) => result.code)).size).toBe(4);
  });

  it("refuses a number its register already gave, with a clear conflict and no file left behind", async () => {
    await issueNotice({ actor: province.secretariat, noticeId: await approvedNotice(province), now: inYear(2035) });
    // A register behind its notices (edited by hand, restored from elsewhere) hands out 1 again.
    await db.documentNumberRegister.updateMany({
      where: { unitId: province.unitId, docType: "TB", term: "2035–2040" },
      data: { lastNumber: 0 },
    });
    const noticeId = await approvedNotice(province);
    const before = storedFiles();
    await expect(issueNotice({ actor: province.secretariat, noticeId, now: inYear(2035) })).rejects.toMatchObject({
      code: "CONFLICT",
      messageRef: message("notices.rules.numberTaken", "1-TB/TU", 2035),
    });
    expect(storedFiles()).toEqual(before);
    const notice = await db.conclusionNotice.findUniqueOrThrow({ where: { id: noticeId } });
    expect(notice).toMatchObject({ status: "APPROVED", number: null, pdfStorageKey: null });
  });

  it("removes the stored PDF and DOCX when the issuing transaction fails, and gives the number back", async () => {
    const noticeId = await approvedNotice(city);
    // The audit record is written after the files are stored and the notice is updated.
    await db.$executeRawUnsafe(`
      CREATE FUNCTION fail_notice_issue() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'injected failure'; END $$`);
    await db.$executeRawUnsafe(`
      CREATE TRIGGER fail_notice_issue BEFORE INSERT ON "AuditLog"
      FOR EACH ROW WHEN (NEW."action" = 'notice.issue') EXECUTE FUNCTION fail_notice_issue()`);
    const before = storedFiles();
    try {
      await expect(issueNotice({ actor: city.secretariat, noticeId, now: inYear(2040) })).rejects.toThrow();
      expect(storedFiles()).toEqual(before);
    } finally {
      await db.$executeRawUnsafe(`DROP TRIGGER fail_notice_issue ON "AuditLog"`);
      await db.$executeRawUnsafe(`DROP FUNCTION fail_notice_issue()`);
    }
    expect(await db.conclusionNotice.findUniqueOrThrow({ where: { id: noticeId } })).toMatchObject({ status: "APPROVED" });
    const issued = await issueNotice({ actor: city.secretariat, noticeId, now: inYear(2040) });
    expect(issued.number).toBe(1);
    expect(storedFiles()).toHaveLength(before.length + 2);
  });
});

describe("the migration to numbers per register", () => {
  const MIGRATION = "20261201110000_notice_number_per_register";

  it("links the notices issued before it to the register their number came from", async () => {
    const database = await createEmptyDatabase();
    const earlier = fs.mkdtempSync(path.join(os.tmpdir(), "giaoban-migrations-"));
    try {
      const migrations = path.join(process.cwd(), "prisma", "migrations");
      for (const name of fs.readdirSync(migrations).filter((name) => name < MIGRATION)) {
        fs.cpSync(path.join(migrations, name), path.join(earlier, name), { recursive: true });
      }
      await applyMigrations(database.runner, earlier);
      // Raw SQL: the Prisma client knows only the newest schema.
      await database.runner.exec(`
        INSERT INTO "Unit" ("id", "code", "name", "committeeName", "placeName", "level", "path", "updatedAt") VALUES
          ('p', 'P', 'Tỉnh A', 'Tỉnh ủy A', 'A', 'PROVINCE', '/p/', now()),
          ('h', 'H', 'Huyện B', 'Huyện ủy B', 'B', 'DISTRICT', '/p/h/', now());
        INSERT INTO "User" ("id", "username", "passwordHash", "fullName", "role", "unitId", "updatedAt")
          VALUES ('u', 'u', 'x', 'U', 'SECRETARIAT', 'p', now());
        INSERT INTO "Period" ("id", "year", "type", "index", "startDate", "endDate")
          VALUES ('q', 2020, 'QUARTER', 4, '2020-10-01', '2020-12-31');
        INSERT INTO "Meeting" ("id", "unitId", "periodId", "title", "createdById", "updatedAt") VALUES
          ('mp', 'p', 'q', 'Họp tỉnh', 'u', now()),
          ('mh', 'h', 'q', 'Họp huyện', 'u', now());
        INSERT INTO "DocumentNumberRegister" ("id", "unitId", "docType", "year", "lastNumber") VALUES
          ('p2020', 'p', 'TB', 2020, 1),
          ('h2020', 'h', 'TB', 2020, 1),
          ('h2021', 'h', 'TB', 2021, 1);
        INSERT INTO "ConclusionNotice" ("id", "meetingId", "subject", "body", "status", "number", "code", "issuedAt", "updatedAt") VALUES
          ('np', 'mp', 's', 'b', 'ISSUED', 1, '1-TB/TU', '2020-06-15 03:00:00', now()),
          ('nh', 'mh', 's', 'b', 'CANCELLED', 1, '1-TB/HU', '2020-12-31 18:00:00', now()),
          ('nd', 'mh', 's', 'b', 'DRAFT', NULL, NULL, NULL, now());`);
      await applyMigrations(database.runner);
      const rows = await database.runner.query<{ id: string; registerId: string | null }>(
        `SELECT "id", "registerId" FROM "ConclusionNotice" ORDER BY "id"`,
      );
      // 31 December 18:00 UTC is already 1 January 2021 in Vietnam, where the register was chosen.
      expect(rows).toEqual([
        { id: "nd", registerId: null },
        { id: "nh", registerId: "h2021" },
        { id: "np", registerId: "p2020" },
      ]);
      // Numbering per term (20261202300000): the year registers stay; the term register of each
      // unit goes on after the highest number its years gave.
      const registers = await database.runner.query<{ unitId: string; term: string; lastNumber: number }>(
        `SELECT "unitId", "term", "lastNumber" FROM "DocumentNumberRegister" ORDER BY "unitId", "term"`,
      );
      expect(registers).toEqual([
        { unitId: "h", term: "2020–2025", lastNumber: 1 },
        { unitId: "h", term: "năm 2020", lastNumber: 1 },
        { unitId: "h", term: "năm 2021", lastNumber: 1 },
        { unitId: "p", term: "2020–2025", lastNumber: 1 },
        { unitId: "p", term: "năm 2020", lastNumber: 1 },
      ]);
    } finally {
      fs.rmSync(earlier, { recursive: true, force: true });
      await database.close();
    }
  });
});
