import { describe, expect, it } from "vitest";
import { findDocumentCodes, parseDocumentCode } from "@/lib/document-codes";

describe("document codes (issue 14 §6)", () => {
  it.each([
    ["Nghị quyết 54-NQ/TW của Bộ Chính trị", { code: "54-NQ/TW", number: "54", type: "NQ", issuer: "TW" }],
    ["Chương trình số 05-CTr/TU", { code: "05-CTr/TU", number: "05", type: "CTr", issuer: "TU" }],
    ["Thông tri 03-TT/TW", { code: "03-TT/TW", number: "03", type: "TT", issuer: "TW" }],
    ["Chỉ thị 35–CT/TW", { code: "35-CT/TW", number: "35", type: "CT", issuer: "TW" }],
    ["Quyết định 1314/QĐ-TTg", { code: "1314/QĐ-TTg", number: "1314", type: "QĐ", issuer: "TTg" }],
    ["Nghị quyết 54/2024/NQ-HĐND", { code: "54/2024/NQ-HĐND", number: "54", type: "NQ", issuer: "HĐND", year: 2024 }],
    ["Công văn 1234/UBND-NN", { code: "1234/UBND-NN", number: "1234", type: "CV", issuer: "UBND-NN" }],
    [
      "Kế hoạch số 2460/KH-UBND ngày 05/11/2021 của UBND tỉnh",
      { code: "2460/KH-UBND", number: "2460", type: "KH", issuer: "UBND", issuedOn: "2021-11-05" },
    ],
    [
      "Nghị quyết số 54-NQ/TW, ngày 10 tháng 12 năm 2019",
      { code: "54-NQ/TW", number: "54", type: "NQ", issuer: "TW", issuedOn: "2019-12-10" },
    ],
  ])("parses %s", (text, expected) => {
    expect(parseDocumentCode(text)).toEqual(expected);
  });

  it("finds each code once, in order, with the date only where it follows the code", () => {
    const found = findDocumentCodes(
      "Quán triệt 54-NQ/TW, ngày 10/12/2019 và 35–CT/TW; 2460/KH-UBND ngày 05/11/2021; nhắc lại 54-NQ/TW.",
    );
    expect(found.map((doc) => [doc.code, doc.issuedOn])).toEqual([
      ["54-NQ/TW", "2019-12-10"],
      ["35-CT/TW", undefined],
      ["2460/KH-UBND", "2021-11-05"],
    ]);
  });

  it("reads no date that does not exist and nothing out of dates or periods", () => {
    expect(parseDocumentCode("2460/KH-UBND ngày 31/02/2021")?.issuedOn).toBeUndefined();
    expect(findDocumentCodes("ngày 21/3/2020, quý I/2020, Covid-19, 9/2021, Tháng 3/2020")).toEqual([]);
    expect(findDocumentCodes("54/2024")).toEqual([]);
  });
});
