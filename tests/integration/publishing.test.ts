import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { PrismaClient } from "@prisma/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getMinutesPdf } from "@/server/meetings/get-minutes-pdf";
import { fromVietnamTime } from "@/lib/dates";
import { createMeeting } from "../factories/meetings";
import { createTestDb, type TestDb } from "../setup/test-db";
import { seedSmallWorld, type SmallWorld } from "../setup/small-world";

const storageDir = fs.mkdtempSync(path.join(os.tmpdir(), "giaoban-publishing-"));
process.env.STORAGE_DIR = storageDir;

function pdfText(bytes: Uint8Array): string {
  const file = path.join(storageDir, `check-${Math.random().toString(36).slice(2)}.pdf`);
  fs.writeFileSync(file, bytes);
  return execFileSync("pdftotext", [file, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
}

describe("publishing: minutes, exports, news", () => {
  let testDb: TestDb;
  let db: PrismaClient;
  let world: SmallWorld;
  let concludedId: string;

  beforeAll(async () => {
    testDb = await createTestDb();
    db = testDb.db;
    world = await seedSmallWorld(db);
    const orgs = world.organizations.province;
    const meeting = await createMeeting(db, {
      unitId: world.units.province.id,
      period: world.period,
      status: "CONCLUDED",
      title: "Hội nghị giao ban Mặt trận và các đoàn thể tỉnh quý I/2020",
      startsAt: fromVietnamTime("2020-03-24", "14:00"),
      place: "Hội trường Tỉnh ủy",
      chair: { name: "Bùi Thanh Hà", position: "Phó Bí thư Thường trực Tỉnh ủy" },
      createdById: world.ids.secretariat,
      approvedById: world.ids.leader,
      invitedOrganizationIds: [orgs.MTTQ.id, orgs.VETERANS.id, orgs.WOMEN_UNION.id],
      attendees: [
        { fullName: "Bùi Thanh Hà", position: "Phó Bí thư Thường trực Tỉnh ủy", role: "CHAIR" },
        { fullName: "Nguyễn Văn Phương", position: "Chủ tịch", organizationId: orgs.MTTQ.id, role: "REPORTER" },
        { fullName: "Trần Thị Hường", position: "Chủ tịch", organizationId: orgs.WOMEN_UNION.id, role: "SPEAKER" },
        { fullName: "Lê Đức Thắng", position: "Chủ tịch", organizationId: orgs.VETERANS.id, absent: true },
      ],
      situationSummary: "Các đơn vị chăm lo Tết Nguyên đán Canh Tý cho hộ nghèo.",
      remarks: [{ attendeeIndex: 2, body: "Hội vận động hội viên phụ nữ phòng, chống dịch Covid-19." }],
      conclusionText: "Tập trung tuyên truyền Đại hội Đảng bộ các cấp.",
      directives: [
        {
          content: "Triển khai hiệu quả Nghị quyết 54-NQ/TW.",
          lead: [orgs.MTTQ.id],
          support: [orgs.VETERANS.id],
          dueDate: new Date("2020-06-30"),
        },
      ],
    });
    concludedId = meeting.id;
  });
  afterAll(async () => {
    await testDb.cleanup();
    fs.rmSync(storageDir, { recursive: true, force: true });
  });

  it("prints the minutes with attendance, absences, remarks, the conclusion and the directives", async () => {
    const file = await getMinutesPdf({ actor: world.actors.mttq, meetingId: concludedId });
    expect(file.fileName).toMatch(/^bien-ban-.*\.pdf$/);
    const text = pdfText(file.bytes);
    for (const expected of [
      "TỈNH ỦY THỬ NGHIỆM",
      "BIÊN BẢN HỘI NGHỊ",
      "Thử Nghiệm, ngày 24 tháng 3 năm 2020",
      "Chủ trì: Bùi Thanh Hà, Phó Bí thư Thường trực Tỉnh ủy",
      "Nguyễn Văn Phương, Chủ tịch",
      "Báo cáo",
      "Lê Đức Thắng",
      "(vắng mặt)",
      "Tết Nguyên đán Canh Tý",
      "Đồng chí Trần Thị Hường",
      "phòng, chống dịch Covid-19",
      "Tập trung tuyên truyền Đại hội Đảng bộ các cấp.",
      "1. Triển khai hiệu quả Nghị quyết 54-NQ/TW.",
      "thời hạn: 30/06/2020",
      "CHỦ TRÌ HỘI NGHỊ",
    ])
      expect(text).toContain(expected);
    // Outside the unit, or not invited: as if the meeting did not exist.
    await expect(getMinutesPdf({ actor: world.actors.districtMttq, meetingId: concludedId })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(getMinutesPdf({ actor: world.actors.siblingViewer, meetingId: concludedId })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
