import { describe, expect, it } from "vitest";
import { vi } from "@/messages/vi";
import { fromVietnamTime } from "@/lib/dates";
import { formatMoney, parseVietnameseNumber } from "@/lib/numbers";
import { daysUntilDeadline, isLateSubmission } from "@/lib/reporting";
import { ZSaveReportSchema, ZSubmitReportSchema } from "@/server/reports/schemas";
import { detectFileType, typeFromName } from "@/server/storage/detect-file-type";
import { DOCX_BYTES, PDF_BYTES, PLAIN_ZIP_BYTES, PNG_BYTES, XLSX_BYTES } from "../fixtures/files";

describe("Vietnamese figures", () => {
  it.each([
    ["1.234.567", 1234567],
    ["1234567", 1234567],
    ["12,5", 12.5],
    ["1.250.000,75", 1250000.75],
    [" 42 ", 42],
  ])("reads %s", (input, expected) => {
    expect(parseVietnameseNumber(input)).toBe(expected);
  });

  it.each(["abc", "1,2,3", "12.34", "1.2345", "", "1e5"])("refuses %s", (input) => {
    expect(parseVietnameseNumber(input)).toBeNull();
  });

  it("formats money the Vietnamese way", () => {
    expect(formatMoney(1234567).replace(/\u00a0/g, " ")).toBe("1.234.567 đ");
  });
});

describe("report schemas", () => {
  const base = { reportId: "r1", version: 1, indicators: {}, recommendations: [] };

  it("gives a Vietnamese message per bad figure and per over-long section", () => {
    const result = ZSaveReportSchema.safeParse({
      ...base,
      achievements: "x".repeat(20_001),
      indicators: { a: "-5", b: "mười", c: "1.000", d: "" },
    });
    expect(result.success).toBe(false);
    const messages = Object.fromEntries(result.error!.issues.map((issue) => [issue.path.join("."), issue.message]));
    expect(messages["indicators.a"]).toBe(vi.validation.notNegative);
    expect(messages["indicators.b"]).toBe(vi.validation.invalidNumber);
    expect(messages.achievements).toBe(vi.validation.tooLong(20_000));
    expect(messages["indicators.c"]).toBeUndefined();
  });

  it("requires the three sections on submit but not on save, and drops blank recommendation rows", () => {
    const input = { ...base, achievements: "Kết quả", shortcomings: "  ", nextTasks: "" };
    expect(ZSaveReportSchema.safeParse(input).success).toBe(true);
    const submit = ZSubmitReportSchema.safeParse(input);
    expect(submit.success).toBe(false);
    expect(submit.error!.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["shortcomings", vi.reports.sectionRequired],
      ["nextTasks", vi.reports.sectionRequired],
    ]);
    const parsed = ZSaveReportSchema.parse({
      ...base,
      recommendations: [
        { content: "", addressedTo: "" },
        { content: "Đề nghị", addressedTo: "UBND tỉnh" },
      ],
    });
    expect(parsed.recommendations).toEqual([{ content: "Đề nghị", addressedTo: "UBND tỉnh" }]);
  });
});

describe("file types by content", () => {
  it("recognizes PDF, PNG, DOCX and XLSX by their bytes", () => {
    expect(detectFileType(PDF_BYTES)).toBe("pdf");
    expect(detectFileType(PNG_BYTES)).toBe("png");
    expect(detectFileType(DOCX_BYTES)).toBe("docx");
    expect(detectFileType(XLSX_BYTES)).toBe("xlsx");
    expect(detectFileType(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0]))).toBe("jpeg");
    expect(detectFileType(PLAIN_ZIP_BYTES)).toBeNull();
    expect(detectFileType(new TextEncoder().encode("MZ\x90\x00"))).toBeNull();
  });

  it("reads the claimed type from the extension only", () => {
    expect(typeFromName("Báo cáo quý I.PDF")).toBe("pdf");
    expect(typeFromName("anh.jpg")).toBe("jpeg");
    expect(typeFromName("chay.exe")).toBeNull();
    expect(typeFromName("khong-duoi")).toBeNull();
  });
});

describe("lateness in Vietnam time", () => {
  const deadline = fromVietnamTime("2020-03-25", "17:00");

  it("is on time at the deadline instant and late one millisecond after", () => {
    expect(deadline.toISOString()).toBe("2020-03-25T10:00:00.000Z");
    expect(isLateSubmission(deadline, deadline)).toBe(false);
    expect(isLateSubmission(new Date(deadline.getTime() + 1), deadline)).toBe(true);
    expect(isLateSubmission(new Date(deadline.getTime() + 1), null)).toBe(false);
  });

  it("counts days left and late in Vietnam calendar days", () => {
    // 23:30 on the 24th in Vietnam is 16:30 UTC: one day left, though UTC says so too late.
    expect(daysUntilDeadline(deadline, fromVietnamTime("2020-03-24", "23:30"))).toBe(1);
    // 00:30 on the 25th in Vietnam is still the 24th in UTC.
    expect(daysUntilDeadline(deadline, fromVietnamTime("2020-03-25", "00:30"))).toBe(0);
    expect(daysUntilDeadline(deadline, fromVietnamTime("2020-03-28", "08:00"))).toBe(-3);
  });
});
