import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { PrismaClient } from "@prisma/client";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tableToCsv, tableToXlsx } from "@/server/exports/tabular-export";
import { exportMeetings } from "@/server/meetings/export-meetings";
import { exportSubmissionMatrix } from "@/server/reports/export-submission-matrix";
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

  it("exports every meeting the list's filters select as XLSX (dates, numbers) and CSV with a BOM", async () => {
    const { table } = await exportMeetings({ actor: world.actors.secretariat, input: { q: "quy I/2020", status: "CONCLUDED" } });
    expect(table.rows).toHaveLength(1);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await tableToXlsx(table)) as never);
    const sheet = workbook.worksheets[0];
    const headers = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(headers).toEqual([
      "STT",
      "Hội nghị",
      "Loại",
      "Kỳ",
      "Đơn vị",
      "Ngày họp",
      "Địa điểm",
      "Chủ trì",
      "Chức vụ chủ trì",
      "Số đại biểu",
      "Số nhiệm vụ",
      "Trạng thái",
    ]);
    const row = sheet.getRow(2);
    expect(row.getCell(2).value).toBe("Hội nghị giao ban Mặt trận và các đoàn thể tỉnh quý I/2020");
    const date = row.getCell(6);
    expect(date.value).toBeInstanceOf(Date);
    expect((date.value as Date).toISOString().slice(0, 10)).toBe("2020-03-24");
    expect(date.numFmt).toBe("dd/mm/yyyy");
    expect(row.getCell(10).value).toBe(4);
    expect(row.getCell(11).value).toBe(1);
    expect(row.getCell(12).value).toBe("Đã kết luận");

    const csv = tableToCsv(table);
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = csv.subarray(3).toString("utf8");
    expect(text.split("\r\n")[0]).toBe(
      "STT,Hội nghị,Loại,Kỳ,Đơn vị,Ngày họp,Địa điểm,Chủ trì,Chức vụ chủ trì,Số đại biểu,Số nhiệm vụ,Trạng thái",
    );
    expect(text).toContain(
      "1,Hội nghị giao ban Mặt trận và các đoàn thể tỉnh quý I/2020,Giao ban,Quý I/2020,Tỉnh Thử Nghiệm,24/03/2020",
    );

    // Scope still applies: an organization not invited exports nothing of it.
    const other = await exportMeetings({ actor: world.actors.districtMttq, input: {} });
    expect(other.table.rows).toHaveLength(0);
  });

  it("exports the submission matrix for the secretariat only", async () => {
    const { table } = await exportSubmissionMatrix({ actor: world.actors.secretariat, year: 2020 });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await tableToXlsx(table)) as never);
    const sheet = workbook.worksheets[0];
    const headers = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(headers).toContain("Tổ chức");
    expect(headers).toContain("Quý I/2020");
    expect(headers).toContain("Tỷ lệ nộp (%)");
    expect(sheet.rowCount).toBe(1 + 6);
    const expectedColumn = headers.indexOf("Số kỳ phải nộp") + 1;
    expect(sheet.getRow(2).getCell(expectedColumn).value).toBe(1);
    expect(sheet.getRow(2).getCell(headers.indexOf("Quý I/2020") + 1).value).toBe("Chưa nộp");
    await expect(exportSubmissionMatrix({ actor: world.actors.mttq, year: 2020 })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
