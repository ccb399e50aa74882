import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { findDocuments } from "@/server/import/documents";
import { extractMeeting, looksLikeMeeting, toSchemaJson } from "@/server/import/extract";
import { stripNoise } from "@/server/import/noise";
import { normalizeText } from "@/server/import/normalize";
import { findPeriod } from "@/server/import/period";

/** A made-up district report in the genre's usual shape; each test varies one thing. */
const REPORT = [
  "Huyện ủy Phong Điền giao ban với Mặt trận và các đoàn thể quý II/2023",
  "Cập nhật: 08/07/2023 09:15",
  "Sáng ngày 7/7, Thường trực Huyện ủy Phong Điền tổ chức Hội nghị giao ban quý II/2023 với Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội huyện. Đồng chí Nguyễn Văn Hùng, Bí thư Huyện ủy chủ trì hội nghị; cùng dự có đồng chí Trần Quốc Bảo, Trưởng Ban Dân vận Huyện ủy.",
  "Đồng chí Hoàng Thị Lan, Chủ tịch Ủy ban MTTQ Việt Nam huyện trình bày báo cáo kết quả quý II. Mặt trận và các đoàn thể đã vận động nhân dân hiến hơn 5.000 m2 đất làm đường giao thông.",
  "Tuy nhiên, công tác nắm tình hình nhân dân có lúc chưa kịp thời; việc sơ kết Chỉ thị số 05-CT/TW ở một số cơ sở còn chậm.",
  "Kết luận hội nghị, đồng chí Nguyễn Văn Hùng đề nghị Mặt trận và các đoàn thể tiếp tục đổi mới nội dung, phương thức hoạt động; đẩy mạnh thực hiện Kế hoạch số 2460/KH-UBND ngày 05/11/2021 của UBND tỉnh. Đồng thời, chuẩn bị tốt Đại hội Hội Nông dân huyện nhiệm kỳ 2023 - 2028.",
  "Thanh Hương",
].join("\n");

describe("normalisation", () => {
  it("reads NFD text like NFC text", () => {
    const nfd = extractMeeting(REPORT.normalize("NFD"));
    const nfc = extractMeeting(REPORT);
    expect(toSchemaJson(nfd)).toEqual(toSchemaJson(nfc));
    expect(nfd.chair?.name).toBe("Nguyễn Văn Hùng");
  });

  it('writes "uỷ/hoà" as "ủy/hòa" and leaves "quý" alone', () => {
    expect(normalizeText("Tỉnh uỷ, Uỷ ban, hoà giải, thuỷ lợi, quý I")).toBe("Tỉnh ủy, Ủy ban, hòa giải, thủy lợi, quý I");
    const m = extractMeeting(REPORT.replaceAll("Huyện ủy", "Huyện uỷ"));
    expect(m.chair?.position).toBe("Bí thư Huyện ủy");
    expect(m.unit).toMatchObject({ name: "Phong Điền", level: "DISTRICT" });
  });

  it("straightens quotes, dashes and non-breaking spaces", () => {
    expect(normalizeText("“Chủ nhật xanh”\u00a0–\u00a0phong trào")).toBe('"Chủ nhật xanh" - phong trào');
  });

  it('reads "Phó bí thư" in lower case as the post', () => {
    const m = extractMeeting(
      REPORT.replace(
        "Đồng chí Nguyễn Văn Hùng, Bí thư Huyện ủy chủ trì",
        "Đồng chí Nguyễn Văn Hùng, Phó bí thư Huyện ủy chủ trì",
      ),
    );
    expect(m.chair?.position).toBe("Phó Bí thư Huyện ủy");
  });
});

describe("noise", () => {
  it("drops the byline, the update stamp and the navigation after the report", () => {
    const text = normalizeText(`${REPORT}\nBài trước\nHội nghị tổng kết năm 2022 của Huyện ủy\nBài tiếp theo\nLượt xem: 1234`);
    const cleaned = stripNoise(text);
    expect(cleaned.body).not.toContain("Thanh Hương");
    expect(cleaned.body).not.toContain("Bài trước");
    expect(cleaned.body).not.toContain("Hội nghị tổng kết năm 2022");
    expect(cleaned.body).not.toContain("Cập nhật");
    expect(cleaned.stamp).toEqual({ day: 8, month: 7, year: 2023 });
    const m = extractMeeting(text);
    expect(m.directives.join(" ")).not.toContain("tổng kết năm 2022");
    expect(m.attendees.map((a) => a.name)).not.toContain("Thanh Hương");
  });

  it("drops photo captions printed twice but reads a represented body from one", () => {
    const caption = "Lãnh đạo Hội Cựu chiến binh huyện phát biểu tại hội nghị";
    const m = extractMeeting(REPORT.replace("Tuy nhiên,", `${caption}\n${caption}\nTuy nhiên,`));
    expect(m.noise.map((s) => m.source.slice(s.start, s.end))).toContain(caption);
    expect(m.organizationsRepresented).toContain("Hội Cựu chiến binh huyện");
  });
});

describe("fields", () => {
  const m = extractMeeting(REPORT);

  it("finds title, unit, level, kind and period", () => {
    expect(m.title).toBe("Hội nghị giao ban quý II/2023 với Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội huyện");
    expect(m.kind).toBe("LIAISON");
    expect(m.period).toMatchObject({ type: "QUARTER", index: 2, year: 2023, label: "Quý II/2023" });
    expect(m.unit).toMatchObject({ name: "Phong Điền", level: "DISTRICT" });
  });

  it("finds the chair with the post and the attendees with role and body kind", () => {
    expect(m.chair).toMatchObject({ name: "Nguyễn Văn Hùng", position: "Bí thư Huyện ủy" });
    expect(m.attendees.map(({ name, position, organizationKind, role }) => ({ name, position, organizationKind, role }))).toEqual(
      [
        {
          name: "Trần Quốc Bảo",
          position: "Trưởng Ban Dân vận Huyện ủy",
          organizationKind: "MASS_MOBILIZATION_BOARD",
          role: "ATTENDEE",
        },
        { name: "Hoàng Thị Lan", position: "Chủ tịch Ủy ban MTTQ Việt Nam huyện", organizationKind: "MTTQ", role: "REPORTER" },
      ],
    );
  });

  it("finds a chair named only by the post", () => {
    const byPost = extractMeeting(
      REPORT.replace("Đồng chí Nguyễn Văn Hùng, Bí thư Huyện ủy chủ trì", "Đồng chí Bí thư Huyện ủy chủ trì").replace(
        "đồng chí Nguyễn Văn Hùng đề nghị",
        "đồng chí Bí thư Huyện ủy đề nghị",
      ),
    );
    expect(byPost.chair).toMatchObject({ name: null, position: "Bí thư Huyện ủy" });
    expect(byPost.directives.length).toBe(3);
  });

  it("reads a list of participants after 'các đồng chí:'", () => {
    const list = extractMeeting(
      REPORT.replace(
        "cùng dự có đồng chí Trần Quốc Bảo, Trưởng Ban Dân vận Huyện ủy.",
        "dự hội nghị có các đồng chí: Trần Quốc Bảo, Trưởng Ban Dân vận Huyện ủy; Đỗ Thị Hà, Chủ tịch Hội Liên hiệp Phụ nữ huyện.",
      ),
    );
    expect(list.attendees.map((a) => [a.name, a.organizationKind])).toEqual([
      ["Trần Quốc Bảo", "MASS_MOBILIZATION_BOARD"],
      ["Đỗ Thị Hà", "WOMEN_UNION"],
      ["Hoàng Thị Lan", "MTTQ"],
    ]);
  });

  it("does not list a person who is only cited", () => {
    const cited = extractMeeting(
      REPORT.replace("Tuy nhiên,", "Các đơn vị thực hiện theo chỉ đạo của Chủ tịch UBND tỉnh Phan Văn Minh. Tuy nhiên,"),
    );
    expect(cited.attendees.map((a) => a.name)).not.toContain("Phan Văn Minh");
  });

  it("finds co-chairs and speakers", () => {
    const co = extractMeeting(
      REPORT.replace(
        "Đồng chí Nguyễn Văn Hùng, Bí thư Huyện ủy chủ trì hội nghị",
        "Đồng chí Nguyễn Văn Hùng, Bí thư Huyện ủy và đồng chí Lê Thị Mai, Phó Bí thư Thường trực Huyện ủy đồng chủ trì hội nghị",
      ).replace(
        "Tuy nhiên,",
        "Đồng chí Võ Minh Tuấn, Bí thư Huyện đoàn phát biểu tham luận về phong trào thanh niên. Tuy nhiên,",
      ),
    );
    expect(co.chair?.name).toBe("Nguyễn Văn Hùng");
    expect(co.attendees.find((a) => a.name === "Lê Thị Mai")?.role).toBe("CO_CHAIR");
    expect(co.attendees.find((a) => a.name === "Võ Minh Tuấn")).toMatchObject({
      role: "SPEAKER",
      organizationKind: "YOUTH_UNION",
    });
  });

  it("reads 'Sáng ngày 7/7' with the year of the page stamp", () => {
    expect(m.date).toBe("2023-07-07");
    expect(m.datePrecision).toBe("DAY");
    expect(m.source.slice(m.dateSpan!.start, m.dateSpan!.end)).toBe("7/7");
  });

  it('reads "ngày 17/01/2020" and "ngày 17 tháng 01 năm 2020" alike', () => {
    const numeric = extractMeeting(REPORT.replace("Sáng ngày 7/7,", "Ngày 17/01/2020,"));
    const words = extractMeeting(REPORT.replace("Sáng ngày 7/7,", "Ngày 17 tháng 01 năm 2020,"));
    expect(numeric.date).toBe("2020-01-17");
    expect(words.date).toBe("2020-01-17");
  });

  it("leaves the date empty when the text has none (a document's date is not the meeting's)", () => {
    const none = extractMeeting(REPORT.replace("Cập nhật: 08/07/2023 09:15\n", "").replace("Sáng ngày 7/7, ", ""));
    expect(none.date).toBeNull();
    expect(none.datePrecision).toBeNull();
  });

  it("splits the conclusion into one directive per task", () => {
    expect(m.directives).toEqual([
      "Mặt trận và các đoàn thể tiếp tục đổi mới nội dung, phương thức hoạt động",
      "đẩy mạnh thực hiện Kế hoạch số 2460/KH-UBND ngày 05/11/2021 của UBND tỉnh",
      "chuẩn bị tốt Đại hội Hội Nông dân huyện nhiệm kỳ 2023 - 2028",
    ]);
  });

  it("lists shortcomings one by one and represented bodies with their level", () => {
    expect(m.shortcomings).toEqual([
      "công tác nắm tình hình nhân dân có lúc chưa kịp thời",
      "việc sơ kết Chỉ thị số 05-CT/TW ở một số cơ sở còn chậm",
    ]);
    expect(m.organizationsRepresented).toEqual(["Mặt trận Tổ quốc huyện", "các đoàn thể chính trị - xã hội huyện"]);
  });

  it("keeps a source span for every field, pointing at its words", () => {
    const at = (s: { start: number; end: number } | null | undefined) => (s ? m.source.slice(s.start, s.end) : null);
    expect(at(m.chair?.span)).toContain("Nguyễn Văn Hùng");
    expect(at(m.attendees[1]?.span)).toContain("Hoàng Thị Lan");
    expect(at(m.directiveSpans[1])).toBe("đẩy mạnh thực hiện Kế hoạch số 2460/KH-UBND ngày 05/11/2021 của UBND tỉnh");
    expect(at(m.documents[1]?.span)).toBe("2460/KH-UBND");
    expect(at(m.period?.span)).toBe("quý II/2023");
  });

  it("is not a meeting when the text is English", () => {
    const english = extractMeeting(
      "Quarterly liaison meeting\nOn 24 March the provincial committee held its meeting with the Fatherland Front.",
    );
    expect(looksLikeMeeting(english)).toBe(false);
    expect(looksLikeMeeting(m)).toBe(true);
  });
});

describe("periods and other phrasings", () => {
  it("reads the period's own year, 9 and 6 months, and a month without its year", () => {
    const at = (title: string) => findPeriod(title, { start: 0, end: title.length }, "", { year: 2030, month: 1 });
    expect(at("Hội nghị giao ban quý IV năm 2019, triển khai nhiệm vụ quý I năm 2020")).toMatchObject({
      type: "QUARTER",
      index: 4,
      year: 2019,
    });
    expect(at("Hội nghị giao ban 9 tháng đầu năm 2023")).toMatchObject({
      type: "NINE_MONTHS",
      year: 2023,
      label: "9 tháng đầu năm 2023",
    });
    expect(at("Hội nghị giao ban 6 tháng cuối năm 2022")).toMatchObject({ type: "HALF_YEAR", index: 2, year: 2022 });
    expect(at("Hội nghị trực báo tháng 9")).toMatchObject({ type: "MONTH", index: 9, year: 2029 });
  });

  it('reads "buổi giao ban", "Chiều nay (15/10)", and a "Kết luận số …" that is a document, not the conclusion', () => {
    const m = extractMeeting(
      [
        "Thường trực Tỉnh ủy Quảng Trị giao ban với Mặt trận và các đoàn thể",
        "Chiều nay (15/10), tại Hội trường Tỉnh ủy, đồng chí Lê Quang Tùng, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy chủ trì buổi giao ban với Mặt trận và các đoàn thể chính trị - xã hội tỉnh 9 tháng đầu năm 2023.",
        "Các đơn vị đã triển khai hiệu quả Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị.",
        "Phát biểu kết luận, đồng chí Lê Quang Tùng ghi nhận, đánh giá cao kết quả đạt được. Đồng chí đề nghị Mặt trận và các đoàn thể cần tập trung nắm chắc tình hình nhân dân; tăng cường giám sát, phản biện xã hội.",
      ].join("\n"),
    );
    expect(m.title).toBe("Buổi giao ban với Mặt trận và các đoàn thể chính trị - xã hội tỉnh 9 tháng đầu năm 2023");
    expect(m.date).toBe("2023-10-15");
    expect(m.place?.text).toBe("Hội trường Tỉnh ủy");
    expect(m.chair).toMatchObject({ name: "Lê Quang Tùng", position: "Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy" });
    expect(m.unit).toMatchObject({ name: "Quảng Trị", level: "PROVINCE" });
    expect(m.documents[0]).toMatchObject({ code: "01-KL/TW", date: "2021-05-18" });
    expect(m.directives).toEqual([
      "Mặt trận và các đoàn thể cần tập trung nắm chắc tình hình nhân dân",
      "tăng cường giám sát, phản biện xã hội",
    ]);
  });
});

describe("document codes", () => {
  it("parses Party and State codes, en dashes and dates", () => {
    const docs = findDocuments(
      normalizeText(
        "Nghị quyết 54-NQ/TW, ngày 10/12/2019; Chương trình 05-CTr/TU; Hướng dẫn 03-TT/TW; Chỉ thị 35–CT/TW; Quyết định 1314/QĐ-TTg; Nghị quyết 54/2024/NQ-HĐND; Công văn 1234/UBND-NN; Kế hoạch 2460/KH-UBND ngày 05/11/2021; Covid-19 ngày 10/12/2019, quý I/2020, lại 54-NQ/TW.",
      ),
    );
    expect(docs.map(({ code, type, issuer, number, date }) => ({ code, type, issuer, number, date }))).toEqual([
      { code: "54-NQ/TW", type: "NQ", issuer: "TW", number: 54, date: "2019-12-10" },
      { code: "05-CTr/TU", type: "CTr", issuer: "TU", number: 5, date: null },
      { code: "03-TT/TW", type: "TT", issuer: "TW", number: 3, date: null },
      { code: "35-CT/TW", type: "CT", issuer: "TW", number: 35, date: null },
      { code: "1314/QĐ-TTg", type: "QĐ", issuer: "TTg", number: 1314, date: null },
      { code: "54/2024/NQ-HĐND", type: "NQ", issuer: "HĐND", number: 54, date: null },
      { code: "1234/UBND-NN", type: "CV", issuer: "UBND-NN", number: 1234, date: null },
      { code: "2460/KH-UBND", type: "KH", issuer: "UBND", number: 2460, date: "2021-11-05" },
    ]);
    expect(
      findDocuments("Chỉ thị 09-CT/TU (ngày 12/5/2021), 54 - NQ/TW ngày 10 tháng 12 năm 2019").map((d) => [d.code, d.date]),
    ).toEqual([
      ["09-CT/TU", "2021-05-12"],
      ["54-NQ/TW", "2019-12-10"],
    ]);
  });
});

describe("bounded work", () => {
  it("answers quickly on 200 000 characters of adversarial text", () => {
    const started = performance.now();
    extractMeeting("đồng chí Nguyễn Văn A, Phó Bí thư Thường trực Tỉnh ủy Ủy ban Mặt trận Hội ".repeat(3000));
    extractMeeting("1/2/3/4-5-6 ".repeat(20_000));
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});

const shared = path.resolve(__dirname, "../../../../shared");
const corpus = path.join(shared, "corpus");

describe.skipIf(!existsSync(corpus))("corpus articles (read from ../shared at test time)", () => {
  const files = existsSync(corpus) ? readdirSync(corpus).filter((f) => f.endsWith(".txt")) : [];
  it.each(files)("%s reads as a meeting with a chair, a date and directives", (file) => {
    const m = extractMeeting(readFileSync(path.join(corpus, file), "utf8"));
    expect(looksLikeMeeting(m)).toBe(true);
    expect(m.chair?.name).toBeTruthy();
    expect(m.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(m.directives.length).toBeGreaterThan(2);
    // The byline and widget lines of the pages are not read as people.
    expect(m.attendees.every((a) => a.position)).toBe(true);
  });
});
