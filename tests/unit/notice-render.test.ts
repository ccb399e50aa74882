import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import JSZip from "jszip";
import { describe, expect, it, onTestFinished } from "vitest";
import type { NoticeDocument } from "@/server/notices/notice-document";
import { renderNoticeDocx } from "@/server/notices/render-notice-docx";
import { renderNoticePdf } from "@/server/notices/render-notice-pdf";

const notice: NoticeDocument = {
  issuerName: "TỈNH ỦY THỪA THIÊN HUẾ",
  code: "12-TB/TU",
  placeAndDate: "Huế, ngày 15 tháng 04 năm 2020",
  title: "THÔNG BÁO KẾT LUẬN",
  subject: "của Thường trực Tỉnh ủy tại Hội nghị giao ban quý I/2020",
  paragraphs: ["Ngày 24/3/2020, đồng chí Bùi Thanh Hà, Phó Bí thư Thường trực Tỉnh ủy chủ trì Hội nghị giao ban."],
  directivesHeading: "Thường trực Tỉnh ủy đề nghị tập trung thực hiện tốt các nhiệm vụ sau:",
  directives: [
    {
      content: "Triển khai hiệu quả Nghị quyết 54-NQ/TW với những sản phẩm cụ thể.",
      assignment: "Chủ trì: Ủy ban MTTQ Việt Nam tỉnh; phối hợp: Hội Cựu chiến binh tỉnh; thời hạn: 30/6/2020.",
    },
    {
      content: "Quán triệt Thông báo kết luận 172-TB/TW về phòng, chống dịch Covid-19.",
      assignment: "Chủ trì: Tỉnh đoàn; thời hạn: 30/4/2020.",
    },
  ],
  closing: ["Văn phòng Tỉnh ủy thông báo để các cơ quan, đơn vị biết, thực hiện."],
  signerTitle: "T/M BAN THƯỜNG VỤ",
  signerPosition: "PHÓ BÍ THƯ THƯỜNG TRỰC",
  signerName: "Bùi Thanh Hà",
  recipients: ["Ban Thường vụ Tỉnh ủy,", "Ủy ban MTTQ Việt Nam tỉnh,", "Lưu Văn phòng Tỉnh ủy."],
};

const collapse = (text: string) => text.normalize("NFC").replace(/\s+/g, " ");

const EXPECTED = [
  "TỈNH ỦY THỪA THIÊN HUẾ",
  "Số 12-TB/TU",
  "ĐẢNG CỘNG SẢN VIỆT NAM",
  "Huế, ngày 15 tháng 04 năm 2020",
  "THÔNG BÁO KẾT LUẬN",
  "1. Triển khai hiệu quả Nghị quyết 54-NQ/TW với những sản phẩm cụ thể.",
  "2. Quán triệt Thông báo kết luận 172-TB/TW về phòng, chống dịch Covid-19.",
  "T/M BAN THƯỜNG VỤ",
  "PHÓ BÍ THƯ THƯỜNG TRỰC",
  "Bùi Thanh Hà",
  "Nơi nhận:",
];

describe("conclusion notice documents", () => {
  it("renders a DOCX whose text holds every part, diacritics intact", async () => {
    const buffer = await renderNoticeDocx(notice);
    const zip = await JSZip.loadAsync(buffer);
    const xml = await zip.file("word/document.xml")!.async("string");
    const text = collapse([...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join("\n"));
    for (const expected of EXPECTED) expect(text).toContain(expected);
    expect(xml).toContain('w:w="11906"'); // A4 width in twips
  });

  it("renders a PDF with embedded fonts whose extracted text holds every part", async () => {
    const buffer = await renderNoticePdf(notice);
    expect(buffer.subarray(0, 5).toString()).toBe("%PDF-");
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "notice-"));
    onTestFinished(() => fs.rmSync(dir, { recursive: true, force: true }));
    const file = path.join(dir, "notice.pdf");
    fs.writeFileSync(file, buffer);
    const text = collapse(execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" }));
    for (const expected of EXPECTED.filter((item) => !item.startsWith("1.") && !item.startsWith("2.")))
      expect(text).toContain(expected);
    const flowing = collapse(execFileSync("pdftotext", [file, "-"], { encoding: "utf8" }));
    expect(flowing).toContain(EXPECTED[5]);
    expect(flowing).toContain(EXPECTED[6]);
    const fonts = execFileSync("pdffonts", [file], { encoding: "utf8" });
    expect(fonts).toMatch(/\+Tinos /);
    expect(
      fonts
        .split("\n")
        .filter((row) => /Tinos/.test(row))
        .every((row) => /\byes\b.*\byes\b/.test(row)),
    ).toBe(true);
  });
});
