import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { compareVi, sortByVi } from "@/lib/collation";
import { formatDate, formatDateTime, formatDateWords, fromVietnamTime, toVietnamInputValue, vietnamDay } from "@/lib/dates";
import { findDocumentCodes } from "@/lib/document-codes";
import { formatMoney, formatNumber } from "@/lib/numbers";
import { cleanText, searchKey, slugify, toNfc } from "@/lib/text";

describe("text normalization", () => {
  const decomposed = "Quy\u0301"; // "Quý" as typed on systems that send NFD

  it("turns decomposed Vietnamese into NFC", () => {
    expect(decomposed).not.toBe("Quý");
    expect(toNfc(decomposed)).toBe("Quý");
    expect(toNfc(decomposed)).toHaveLength(3);
    expect(cleanText(`  ${decomposed} I/2020 `)).toBe("Quý I/2020");
  });

  it("collapses runs of spaces, tabs and no-break spaces but keeps line breaks", () => {
    expect(cleanText("  Ban   Dân\tvận\u00a0\u00a0tỉnh  ")).toBe("Ban Dân vận tỉnh");
    expect(cleanText("Kết quả đạt được\r\nTồn tại, hạn chế\rNhiệm vụ\n\nKiến nghị")).toBe(
      "Kết quả đạt được\nTồn tại, hạn chế\nNhiệm vụ\n\nKiến nghị",
    );
  });

  it("builds an unaccented lower-case search key, folding đ to d", () => {
    expect(searchKey("Ban Dân vận Đoàn")).toBe("ban dan van doan");
    expect(searchKey("Quý I/2020")).toBe("quy i/2020");
    expect(searchKey("Hội Liên hiệp Phụ nữ, Hội Nông dân, đoàn thể")).toBe("hoi lien hiep phu nu, hoi nong dan, doan the");
    expect(searchKey(decomposed)).toBe(searchKey("Quý"));
    expect(searchKey("Ăn Ân Ơn Ưu")).toBe("an an on uu");
  });

  it("slugifies Vietnamese titles", () => {
    expect(slugify("Quý I/2020")).toBe("quy-i-2020");
    expect(slugify("  Hội nghị giao ban Mặt trận – Đoàn thể tỉnh!  ")).toBe("hoi-nghi-giao-ban-mat-tran-doan-the-tinh");
    expect(slugify("Đ".repeat(200))).toHaveLength(120);
    expect(slugify("“…”")).toBe("");
  });
});

describe("Vietnamese collation", () => {
  it("orders names by the Vietnamese alphabet (d before đ, a before ă before â)", () => {
    expect(sortByVi(["Đức", "Dũng", "Anh", "Ánh", "Bình"], (name) => name)).toEqual(["Anh", "Ánh", "Bình", "Dũng", "Đức"]);
    expect(sortByVi(["Âu", "Ăn", "Ba", "An"], (name) => name)).toEqual(["An", "Ăn", "Âu", "Ba"]);
    expect(sortByVi(["Ơn", "Ôn", "On", "Ư", "U"], (name) => name)).toEqual(["On", "Ôn", "Ơn", "U", "Ư"]);
    expect(compareVi("Đức", "Dũng")).toBeGreaterThan(0);
  });

  it("sorts by key without reordering the input array", () => {
    const people = [{ name: "Đức" }, { name: "Bình" }];
    const sorted = sortByVi(people, (person) => person.name);
    expect(sorted.map((person) => person.name)).toEqual(["Bình", "Đức"]);
    expect(people.map((person) => person.name)).toEqual(["Đức", "Bình"]);
  });

  it("compares numbers inside names numerically", () => {
    expect(sortByVi(["Tổ 10", "Tổ 2", "Tổ 1"], (name) => name)).toEqual(["Tổ 1", "Tổ 2", "Tổ 10"]);
  });

  it("breaks ties by tone whatever the input order (Anh before Ánh)", () => {
    expect(sortByVi(["Ánh", "Anh"], (name) => name)).toEqual(["Anh", "Ánh"]);
    expect(compareVi("Anh", "Ánh")).toBeLessThan(0);
  });
});

describe("Vietnam dates", () => {
  it("formats the Vietnam calendar day, not the UTC one", () => {
    expect(formatDate(new Date("2020-03-24T17:30:00Z"))).toBe("25/03/2020");
    expect(formatDate(new Date("2020-03-24T16:30:00Z"))).toBe("24/03/2020");
    expect(formatDate(null)).toBe("");
  });

  it("formats date and time in Vietnam time, midnight as 00", () => {
    expect(formatDateTime(new Date("2020-03-24T07:30:00Z"))).toBe("14:30, 24/03/2020");
    expect(formatDateTime(new Date("2020-03-24T17:00:00Z"))).toBe("00:00, 25/03/2020");
    expect(formatDateTime(undefined)).toBe("");
  });

  it("writes dates in words as official documents do", () => {
    expect(formatDateWords(new Date("2020-04-15T01:00:00Z"))).toBe("ngày 15 tháng 04 năm 2020");
    expect(formatDateWords(new Date("2019-12-31T17:00:00Z"))).toBe("ngày 01 tháng 01 năm 2020");
  });

  it("reads a Vietnam wall-clock time as the right instant", () => {
    expect(fromVietnamTime("2020-04-15", "08:00").toISOString()).toBe("2020-04-15T01:00:00.000Z");
    expect(fromVietnamTime("2020-04-15").toISOString()).toBe("2020-04-14T17:00:00.000Z");
    expect(toVietnamInputValue(fromVietnamTime("2020-04-15", "14:30"))).toBe("2020-04-15T14:30");
  });

  it("switches the Vietnam day at 17:00 UTC", () => {
    expect(vietnamDay(new Date("2020-03-24T16:59:59Z"))).toBe("2020-03-24");
    expect(vietnamDay(new Date("2020-03-24T17:00:00Z"))).toBe("2020-03-25");
  });
});

describe("document codes", () => {
  it("finds Party- and State-style codes in order of first appearance, each once", () => {
    const text =
      "Quán triệt Nghị quyết 54-NQ/TW, ngày 10/12/2019 của Bộ Chính trị; thực hiện Chỉ thị số 35-CT/TW và " +
      "Kế hoạch số 127-KH/TU của Tỉnh ủy; Phương án 5841/PA-UBND của UBND tỉnh; tiếp tục thực hiện 54-NQ/TW.";
    expect(findDocumentCodes(text)).toEqual([
      { code: "54-NQ/TW", number: "54", type: "NQ", issuer: "TW", issuedOn: "2019-12-10" },
      { code: "35-CT/TW", number: "35", type: "CT", issuer: "TW" },
      { code: "127-KH/TU", number: "127", type: "KH", issuer: "TU" },
      { code: "5841/PA-UBND", number: "5841", type: "PA", issuer: "UBND" },
    ]);
  });

  it("normalizes spacing and accepts Vietnamese type letters and compound issuers", () => {
    expect(findDocumentCodes("Thông báo 172 - TB / TW; Đề án 08-ĐA/TU; Kế hoạch 12/KH-BDVTU").map((doc) => doc.code)).toEqual([
      "172-TB/TW",
      "08-ĐA/TU",
      "12/KH-BDVTU",
    ]);
  });

  it("ignores dates, periods and other slashes", () => {
    expect(findDocumentCodes("ngày 21/3/2020, quý I/2020, Covid-19, 9/2021, số 3/4 hộ")).toEqual([]);
  });

  it("does not take a code out of the middle of a longer token", () => {
    expect(findDocumentCodes("X54-NQ/TW")).toEqual([]);
  });

  describe("in the press reports of ../shared/corpus", () => {
    const dir = path.join(process.cwd(), "..", "shared", "corpus");
    const read = (prefix: string) => {
      const file = fs.readdirSync(dir).find((name) => name.startsWith(prefix) && name.endsWith(".txt"));
      if (!file) throw new Error(`no corpus file starting with ${prefix} in ${dir}`);
      return fs.readFileSync(path.join(dir, file), "utf8");
    };
    const codes = (prefix: string) => findDocumentCodes(read(prefix)).map((doc) => doc.code);

    it("finds 54-NQ/TW and 172-TB/TW in report 000", () => {
      const found = codes("000_");
      expect(found).toEqual(expect.arrayContaining(["54-NQ/TW", "172-TB/TW"]));
      expect(found.indexOf("54-NQ/TW")).toBeLessThan(found.indexOf("172-TB/TW"));
      expect(new Set(found).size).toBe(found.length);
    });

    it("finds 35-CT/TW and 127-KH/TU in report 002", () => {
      const found = codes("002_");
      expect(found).toEqual(expect.arrayContaining(["35-CT/TW", "127-KH/TU"]));
      expect(found.filter((code) => code === "35-CT/TW")).toHaveLength(1);
    });
  });
});

describe("numbers", () => {
  it("groups thousands with dots and writes đồng as đ", () => {
    expect(formatMoney(1234567)).toBe("1.234.567 đ");
    expect(formatMoney("1250000000")).toBe("1.250.000.000 đ");
    expect(formatMoney(0)).toBe("0 đ");
  });

  it("uses a decimal comma", () => {
    expect(formatNumber(1234.5)).toBe("1.234,5");
    expect(formatNumber(95)).toBe("95");
  });
});
