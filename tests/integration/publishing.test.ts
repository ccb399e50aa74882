import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { PrismaClient } from "@prisma/client";
import ExcelJS from "exceljs";
import { afterAll, describe, expect, it } from "vitest";
import { tableToCsv, tableToXlsx } from "@/server/exports/tabular-export";
import { exportMeetings } from "@/server/meetings/export-meetings";
import { exportSubmissionMatrix } from "@/server/reports/export-submission-matrix";
import { draftNews } from "@/server/news/draft-news";
import { getNewsCover } from "@/server/news/get-news-cover";
import { getPublishedNews, listNewsForFeed, listPublishedNews } from "@/server/news/list-published-news";
import { setNewsPublished } from "@/server/news/publish-news";
import { setNewsCover } from "@/server/news/set-news-cover";
import { updateNews } from "@/server/news/update-news";
import { PDF_BYTES, PNG_BYTES } from "../fixtures/files";
import { getMinutesPdf } from "@/server/meetings/get-minutes-pdf";
import { fromVietnamTime } from "@/lib/dates";
import { createMeeting } from "../../prisma/factories/meetings";
import { useSmallWorld } from "../setup/use-test-database";
import type { SmallWorld } from "../setup/small-world";

const storageDir = fs.mkdtempSync(path.join(os.tmpdir(), "giaoban-publishing-"));
process.env.STORAGE_DIR = storageDir;

function pdfText(bytes: Uint8Array): string {
  const file = path.join(storageDir, `check-${Math.random().toString(36).slice(2)}.pdf`);
  fs.writeFileSync(file, bytes);
  return execFileSync("pdftotext", [file, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
}

describe("publishing: minutes, exports, news", () => {
  let db: PrismaClient;
  let world: SmallWorld;
  let concludedId: string;

  useSmallWorld(async (setup) => {
    ({ db, world } = setup);
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
        { fullName: "Lê Đức Thắng", position: "Chủ tịch", organizationId: orgs.VETERANS.id, presence: "UNEXCUSED" },
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
    await db.attendance.updateMany({
      where: { meetingId: meeting.id, fullName: "Lê Đức Thắng" },
      data: { presence: "EXCUSED", absenceReason: "đi công tác" },
    });
  });
  afterAll(async () => {
    fs.rmSync(storageDir, { recursive: true, force: true });
  });

  it("prints the minutes with attendance, absences, remarks, the conclusion and the directives", async () => {
    const file = await getMinutesPdf({ actor: world.actors.mttq, meetingId: concludedId });
    expect(file.fileName).toMatch(/^bien-ban-.*\.pdf$/);
    const text = pdfText(file.bytes);
    for (const expected of [
      "TỈNH ỦY THỬ NGHIỆM",
      "BIÊN BẢN Hội nghị giao ban",
      "Thử Nghiệm, ngày 24 tháng 03 năm 2020",
      "Chủ trì: đồng chí Bùi Thanh Hà, Phó Bí thư Thường trực Tỉnh ủy",
      "Có mặt: 3/4 đại biểu.",
      "Vắng có lý do:",
      "Nguyễn Văn Phương, Chủ tịch",
      "Báo cáo",
      "Lê Đức Thắng",
      "(lý do: đi công tác)",
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

  it("drafts a news item from the meeting, stores the body sanitized, publishes and unpublishes it", async () => {
    const { secretariat, mttq, districtSecretariat } = world.actors;
    await expect(draftNews({ actor: mttq, meetingId: concludedId })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(draftNews({ actor: districtSecretariat, meetingId: concludedId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const { id } = await draftNews({ actor: secretariat, meetingId: concludedId });
    expect((await draftNews({ actor: secretariat, meetingId: concludedId })).id).toBe(id);
    const draft = await db.newsItem.findUniqueOrThrow({ where: { id } });
    expect(draft.slug).toBe("hoi-nghi-giao-ban-mat-tran-va-cac-doan-the-tinh-quy-i-2020");
    expect(draft.status).toBe("DRAFT");
    expect(draft.summary).toContain("Ngày 24/03/2020, Tỉnh ủy Thử Nghiệm tổ chức hội nghị giao ban");
    expect(draft.summary).toContain("Đồng chí Bùi Thanh Hà, Phó Bí thư Thường trực Tỉnh ủy chủ trì hội nghị.");
    expect(draft.bodyHtml).toContain("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh");
    expect(draft.bodyHtml).toContain("<li>Triển khai hiệu quả Nghị quyết 54-NQ/TW.</li>");
    expect(draft.bodyHtml).toContain("Phát biểu kết luận hội nghị, đồng chí Bùi Thanh Hà");
    expect(draft.bodyHtml).toContain("<p>Tập trung tuyên truyền Đại hội Đảng bộ các cấp.</p>");

    const hostile = [
      "<p>Tin <strong>vui</strong> <em>Canh Tý</em></p>",
      '<script>window.__pwned = 1; alert("x")</script>',
      '<img src="x" onerror="alert(1)">',
      '<p onclick="alert(2)">Bấm</p>',
      '<a href="javascript:alert(3)">độc</a>',
      '<a href="JaVaScRiPt:alert(4)">độc 2</a>',
      '<a href="https://example.org/tin">nguồn</a>',
      "<ul><li>một</li></ul>",
    ].join("");
    const saved = await updateNews({
      actor: secretariat,
      input: {
        newsId: id,
        version: draft.version,
        title: "Giao ban quý I/2020: Mặt trận và đoàn thể",
        summary: "Tóm tắt",
        bodyHtml: hostile,
      },
    });
    const stored = (await db.newsItem.findUniqueOrThrow({ where: { id } })).bodyHtml;
    expect(stored).toBe(saved.bodyHtml);
    for (const banned of ["<script", "alert", "onerror", "onclick", "javascript:", "<img"])
      expect(stored.toLowerCase()).not.toContain(banned.toLowerCase());
    expect(stored).toContain("<strong>vui</strong>");
    expect(stored).toContain('<a href="https://example.org/tin" rel="noopener noreferrer nofollow">nguồn</a>');
    expect(stored).toContain("<li>một</li>");
    expect(saved.slug).toBe("giao-ban-quy-i-2020-mat-tran-va-doan-the");
    await expect(
      updateNews({ actor: secretariat, input: { newsId: id, version: draft.version, title: "Cũ", bodyHtml: "" } }),
    ).rejects.toMatchObject({ code: "CONFLICT" });

    // Cover: checked by content; hidden from the public until published.
    await expect(
      setNewsCover({ actor: secretariat, newsId: id, file: { name: "anh.png", bytes: PDF_BYTES } }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT" });
    const cover = await setNewsCover({ actor: secretariat, newsId: id, file: { name: "anh.png", bytes: PNG_BYTES } });
    await expect(getNewsCover({ actor: null, attachmentId: cover.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await getNewsCover({ actor: secretariat, attachmentId: cover.id })).mimeType).toBe("image/png");

    expect(await getPublishedNews(saved.slug)).toBeNull();
    await expect(setNewsPublished({ actor: mttq, newsId: id, published: true })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await setNewsPublished({ actor: secretariat, newsId: id, published: true, now: new Date("2020-03-25T02:00:00Z") });
    expect((await getPublishedNews(saved.slug))?.title).toBe("Giao ban quý I/2020: Mặt trận và đoàn thể");
    expect((await listPublishedNews(1)).rows.map((row) => row.slug)).toEqual([saved.slug]);
    expect((await listNewsForFeed())[0].slug).toBe(saved.slug);
    expect((await getNewsCover({ actor: null, attachmentId: cover.id })).published).toBe(true);

    // Once published, a new title keeps the public address.
    const current = await db.newsItem.findUniqueOrThrow({ where: { id } });
    const renamed = await updateNews({
      actor: secretariat,
      input: { newsId: id, version: current.version, title: "Tiêu đề mới", summary: "", bodyHtml: current.bodyHtml },
    });
    expect(renamed.slug).toBe(saved.slug);

    await setNewsPublished({ actor: secretariat, newsId: id, published: false });
    expect(await getPublishedNews(saved.slug)).toBeNull();
    expect((await listPublishedNews(1)).total).toBe(0);
    await expect(getNewsCover({ actor: null, attachmentId: cover.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const audit = await db.auditLog.findMany({ where: { entityType: "NewsItem", entityId: id }, select: { action: true } });
    expect(audit.map((row) => row.action).sort()).toEqual(
      ["news.cover", "news.draft", "news.publish", "news.unpublish", "news.update", "news.update"].sort(),
    );
  });

  it("lists published news newest first, ten a page, and the feed holds only published items", async () => {
    const base = Date.UTC(2021, 0, 1);
    for (let index = 0; index < 12; index += 1) {
      await db.newsItem.create({
        data: {
          slug: `tin-${index}`,
          title: `Tin ${index}`,
          status: index === 11 ? "UNPUBLISHED" : "PUBLISHED",
          publishedAt: new Date(base + index * 86_400_000),
          authorId: world.ids.secretariat,
          meetingId: concludedId,
        },
      });
    }
    const first = await listPublishedNews(1);
    expect(first.total).toBe(11);
    expect(first.pages).toBe(2);
    expect(first.rows.map((row) => row.slug)).toEqual([10, 9, 8, 7, 6, 5, 4, 3, 2, 1].map((n) => `tin-${n}`));
    expect((await listPublishedNews(2)).rows.map((row) => row.slug)).toEqual(["tin-0"]);
    expect((await listNewsForFeed()).map((row) => row.slug)).not.toContain("tin-11");
  });
});
