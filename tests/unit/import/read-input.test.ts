import path from "node:path";
import { Document, Packer, Paragraph, TextRun } from "docx";
import PDFDocument from "pdfkit";
import { describe, expect, it } from "vitest";
import { extractMeeting, toSchemaJson } from "@/server/import/extract";
import { ImportInputError, readFileInput, readPasted } from "@/server/import/read-input";

const REPORT = [
  "Huyện ủy Phong Điền giao ban với Mặt trận và các đoàn thể quý II/2023",
  "Sáng ngày 07/7/2023, Thường trực Huyện ủy Phong Điền tổ chức Hội nghị giao ban quý II/2023 với Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội huyện. Đồng chí Nguyễn Văn Hùng, Bí thư Huyện ủy chủ trì hội nghị.",
  "Kết luận hội nghị, đồng chí Nguyễn Văn Hùng đề nghị Mặt trận và các đoàn thể tiếp tục đổi mới nội dung, phương thức hoạt động; đẩy mạnh thực hiện Kế hoạch số 2460/KH-UBND ngày 05/11/2021 của UBND tỉnh.",
];
const utf8 = (s: string) => new TextEncoder().encode(s);

async function code(run: () => Promise<unknown> | unknown): Promise<string> {
  try {
    await run();
  } catch (error) {
    if (error instanceof ImportInputError) return error.code;
    throw error;
  }
  return "OK";
}

function same(text: string) {
  expect(toSchemaJson(extractMeeting(text)).chair).toEqual(toSchemaJson(extractMeeting(REPORT.join("\n"))).chair);
  const { spans: _a, ...fromFile } = toSchemaJson(extractMeeting(text));
  const { spans: _b, ...pasted } = toSchemaJson(extractMeeting(REPORT.join("\n")));
  expect(fromFile).toEqual(pasted);
}

describe("input readers", () => {
  it("reads .txt in UTF-8 with a BOM", async () => {
    same(await readFileInput("bai.txt", utf8(`\ufeff${REPORT.join("\r\n")}`)));
  });

  it("reads a saved web page without its scripts, navigation and entities", async () => {
    const html = `<!doctype html><html><head><title>x</title><script>var a = "Hội nghị";</script></head><body>
      <nav><a href="/">Trang chủ</a></nav><h1>${REPORT[0]}</h1>
      <p>${REPORT[1]!.replace("Sáng", "S&aacute;ng")}</p><p>${REPORT[2]}</p><footer>Bản quyền</footer></body></html>`;
    same(await readFileInput("bai.html", utf8(html)));
  });

  it("reads a .docx", async () => {
    const doc = new Document({ sections: [{ children: REPORT.map((p) => new Paragraph({ children: [new TextRun(p)] })) }] });
    same(await readFileInput("bai.docx", new Uint8Array(await Packer.toBuffer(doc))));
  });

  it("reads the text layer of a PDF", async () => {
    const pdf = new PDFDocument({ size: "A4" });
    pdf.registerFont("regular", path.join(process.cwd(), "assets/fonts/tinos/Tinos-Regular.ttf"));
    pdf.font("regular");
    const chunks: Buffer[] = [];
    pdf.on("data", (c: Buffer) => chunks.push(c));
    const done = new Promise<void>((resolve) => pdf.on("end", () => resolve()));
    for (const p of REPORT) pdf.text(p);
    pdf.end();
    await done;
    const text = await readFileInput("bai.pdf", new Uint8Array(Buffer.concat(chunks)));
    expect(text).toContain("Nguyễn Văn Hùng");
    same(text);
  });

  it("refuses empty, binary, oversized and broken input with a code", async () => {
    expect(await code(() => readPasted("   \n "))).toBe("EMPTY");
    expect(await code(() => readFileInput("rong.txt", new Uint8Array()))).toBe("EMPTY");
    expect(
      await code(() => readFileInput("anh.txt", Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46]))),
    ).toBe("BINARY");
    expect(await code(() => readFileInput("latin1.txt", Uint8Array.from([0x48, 0xe9, 0x6c, 0x6c, 0x6f, 0xff, 0xfe, 0x00])))).toBe(
      "BINARY",
    );
    expect(await code(() => readFileInput("hong.docx", utf8("PK\u0003\u0004 not a zip")))).toBe("UNREADABLE");
    expect(await code(() => readFileInput("hong.pdf", utf8("%PDF-1.4 broken")))).toBe("UNREADABLE");
    expect(await code(() => readFileInput("bang.xlsx", utf8("a,b")))).toBe("UNSUPPORTED");
  });

  // Speed is the benchmarks' business (bench/), not a timed assertion on a shared machine.
  it("refuses 20 MB before reading it", async () => {
    const big = "Hội nghị giao ban. ".repeat(1_100_000);
    expect(await code(() => readPasted(big))).toBe("TOO_LARGE");
    expect(await code(() => readFileInput("to.txt", utf8(big)))).toBe("TOO_LARGE");
  });
});
