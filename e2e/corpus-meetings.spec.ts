import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { openEditor, signIn } from "./helpers";

/**
 * Issue 14: a secretary records real meetings from the press reports in ../shared/corpus, every
 * fact in its own field. The articles are read at test time (their sentences are not copied
 * here); the checklist names each fact by a short phrase that must be in the article, and the
 * test fails on any fact the article has but the record does not show.
 */
const CORPUS = path.resolve(process.cwd(), "../shared/corpus");
const article = (file: string) => readFileSync(path.join(CORPUS, file), "utf8").normalize("NFC").replace(/\s+/g, " ");

interface Fact {
  name: string;
  /** Words the article must contain (the fact is in the source). */
  source: string;
  /** Text the meeting page must show once recorded. */
  shown: string;
}

function pdfText(bytes: Buffer): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "minutes-")), "minutes.pdf");
  writeFileSync(file, bytes);
  return execFileSync("pdftotext", [file, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
}

async function missingOn(page: Page, facts: Fact[], text: string): Promise<string[]> {
  // What the page shows: its text and what its fields hold (a value typed into an editor).
  const body = (
    await page.locator("main").evaluate((main) => {
      const values = [...main.querySelectorAll("input, textarea, select")].map((field) =>
        field instanceof HTMLSelectElement ? (field.selectedOptions[0]?.text ?? "") : (field as HTMLInputElement).value,
      );
      return `${(main as HTMLElement).innerText} ${values.join(" ")}`;
    })
  ).replace(/\s+/g, " ");
  return facts
    .filter((fact) => !text.includes(fact.source.normalize("NFC")) || !body.includes(fact.shown))
    .map((fact) => `${fact.name}: ${text.includes(fact.source) ? "not shown" : "not in the article"}`);
}

type Role = "CHAIR" | "CO_CHAIR" | "GUEST" | "REPORTER" | "SPEAKER" | "SECRETARY" | "ATTENDEE";

/** A roll-call row: a person (by name and post, or by post only) or a delegation (its size when known). */
type RollCallRow =
  { name: string; post: string; role: Role; organization?: string } | { delegation: string; headCount?: number; role: Role };

/** A meeting as the secretary types it from the article, every fact in its own field. */
interface MeetingRecord {
  unit?: string;
  period: string;
  /** Companion periods the form must offer checked ("9 tháng đầu năm 2021" beside "Quý III/2021"). */
  companions?: string[];
  briefing?: boolean;
  title: string;
  day: string;
  host?: "STANDING_BOARD" | "STANDING_COMMITTEE" | "MASS_MOBILIZATION_BOARD";
  results: string;
  shortcomings?: string;
  sourceTitle: string;
  rollCall: RollCallRow[];
  conclusion: string;
  /** Each directive; `lead` "all" is "Tất cả các tổ chức", else short names of the bodies leading it. */
  directives: { content: string; lead: "all" | string[]; support?: string[]; due?: string }[];
}

/** Records the meeting as a secretary would, section by section; returns its address. */
async function recordMeeting(page: Page, record: MeetingRecord): Promise<string> {
  await page.goto("/meetings/new");
  if (record.unit) await page.getByLabel("Đơn vị", { exact: true }).selectOption({ label: record.unit });
  await page.getByLabel("Kỳ", { exact: true }).selectOption({ label: record.period });
  for (const companion of record.companions ?? [])
    await expect(page.getByTestId("companion-periods").getByLabel(companion)).toBeChecked();
  if (record.briefing) await page.getByLabel("Hình thức", { exact: true }).selectOption("BRIEFING");
  await page.getByLabel("Tiêu đề", { exact: true }).fill(record.title);
  await page.getByLabel("Thời gian đã biết").selectOption("DATE");
  await page.getByLabel("Thời gian", { exact: true }).fill(record.day);
  if (record.host) await page.getByLabel("Cấp tổ chức hội nghị").selectOption(record.host);
  await page.getByLabel("Kết quả đạt được").fill(record.results);
  if (record.shortcomings) await page.getByLabel("Tồn tại, hạn chế và nguyên nhân").fill(record.shortcomings);
  await page.getByLabel("Tên bài báo nguồn").fill(record.sourceTitle);
  await page.getByLabel(/Nhập hồ sơ hội nghị đã diễn ra/).check();
  await page.getByRole("button", { name: "Lên lịch", exact: true }).click();
  // Not "/meetings/new" itself: the new meeting's own address.
  await expect(page).toHaveURL(/\/meetings\/(?!new$)[a-z0-9]+$/);
  await expect(page.getByTestId("archive-entry")).toBeVisible();

  await openEditor(page, "Sửa thành phần tham dự");
  for (const [index, row] of record.rollCall.entries()) {
    const n = index + 1;
    if ("delegation" in row) {
      await page.getByRole("button", { name: "Thêm đoàn đại biểu" }).click();
      await page.getByLabel(`Cơ quan ${n}`, { exact: true }).fill(row.delegation);
      // Left empty when the article does not give the delegation's size.
      await page.getByLabel(`Số người ${n}`, { exact: true }).fill(row.headCount ? String(row.headCount) : "");
    } else {
      await page.getByRole("button", { name: "Thêm người khác" }).click();
      await page.getByLabel(`Họ và tên ${n}`, { exact: true }).fill(row.name);
      await page.getByLabel(`Chức vụ ${n}`, { exact: true }).fill(row.post);
      if (row.organization) await page.getByLabel(`Tổ chức ${n}`, { exact: true }).selectOption({ label: row.organization });
    }
    await page.getByLabel(`Vai trò ${n}`, { exact: true }).selectOption(row.role);
  }
  await page.getByRole("button", { name: "Lưu — Thành phần tham dự" }).click();
  await expect(page.getByText("Đã lưu thành phần tham dự.")).toBeVisible();

  await openEditor(page, "Sửa biên bản");
  await page.getByLabel("Kết luận của chủ trì").fill(record.conclusion);
  await page.getByRole("button", { name: "Lưu — Biên bản" }).click();
  await expect(page.getByText("Đã lưu biên bản.")).toBeVisible();

  await openEditor(page, "Sửa nhiệm vụ");
  for (const [index, directive] of record.directives.entries()) {
    const label = `Nhiệm vụ ${index + 1}`;
    await page.getByRole("button", { name: "Thêm nhiệm vụ" }).click();
    await page.getByLabel(`Nội dung — ${label}`, { exact: true }).fill(directive.content);
    if (directive.lead === "all") await page.getByRole("button", { name: "Tất cả các tổ chức" }).nth(index).click();
    else
      for (const body of directive.lead) await page.getByLabel(`Chủ trì thực hiện: ${body} — ${label}`, { exact: true }).check();
    for (const body of directive.support ?? []) await page.getByLabel(`Phối hợp: ${body} — ${label}`, { exact: true }).check();
    if (directive.due) {
      await page.getByLabel(`Thời hạn — ${label}`, { exact: true }).selectOption("day");
      await page.getByLabel(`Ngày cụ thể — ${label}`, { exact: true }).fill(directive.due);
    }
    // What an archive entry knows of it: the article does not say whether it was carried out.
    await page.getByLabel(`Kết quả đã biết — ${label}`, { exact: true }).selectOption("UNKNOWN");
  }
  await page.getByRole("button", { name: "Lưu — Kết luận, nhiệm vụ" }).click();
  await expect(page.getByText("Đã lưu các nhiệm vụ.")).toBeVisible();
  await page.reload();
  return new URL(page.url()).pathname;
}

/** The minutes PDF of the meeting, as text. */
async function minutesText(page: Page, meetingPath: string): Promise<string> {
  const response = await page.request.get(`${meetingPath}/minutes.pdf`);
  expect(response.headers()["content-type"], await response.text()).toContain("application/pdf");
  return pdfText(await response.body());
}

/** Words typed only to fill a field the record had no place for ("?", "…", "chưa rõ", "N/A"). */
const PLACEHOLDER = /^(\?+|…|\.{2,}|-+|x|n\/a|chưa rõ|không rõ|chưa biết|không biết|người dự|đại biểu)$/iu;

/** The facts of the article the record must show: one per field, each named in the failure message; no field holds a placeholder. */
async function expectEveryFact(page: Page, checklist: Fact[], text: string, screenshot: string) {
  await page.screenshot({ path: `test-results/${screenshot}`, fullPage: true });
  expect(await missingOn(page, checklist, text)).toEqual([]);
  const typed = await page
    .locator("main")
    .evaluate((main) =>
      [...main.querySelectorAll("input[type=text], input:not([type]), textarea")].map((field) =>
        (field as HTMLInputElement).value.trim(),
      ),
    );
  expect(typed.filter((value) => PLACEHOLDER.test(value))).toEqual([]);
}

/** The article's first line: the source title the record keeps. */
const headline = (text: string, before: string) => text.split(before)[0].trim();

test("the Q1/2020 liaison meeting (corpus 000) is recorded fact by fact as an archive entry", async ({ page }) => {
  test.setTimeout(240_000);
  const text = article("000_1c528c825f9c3f32.txt");
  const title = headline(text, " Cập nhật:");
  const checklist: Fact[] = [
    { name: "day only (chiều ngày 24/3)", source: "Chiều ngày 24/3", shown: "24/03/2020" },
    { name: "host: Thường trực", source: "Thường trực Tỉnh ủy giao ban", shown: "Thường trực" },
    { name: "chair", source: "Bùi Thanh Hà, Phó Bí thư Thường trực Tỉnh ủy chủ trì", shown: "Bùi Thanh Hà" },
    { name: "chair's post", source: "Phó Bí thư Thường trực Tỉnh ủy", shown: "Phó Bí thư Thường trực Tỉnh ủy" },
    {
      name: "delegation",
      source: "Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội tỉnh",
      // The recorded roll call: the body, its role and the delegation's size.
      shown: "Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội tỉnh — Báo cáo (Số người: 6)",
    },
    { name: "results", source: "Canh Tý 2020", shown: "Tết Nguyên đán Canh Tý 2020" },
    { name: "shortcomings", source: "tồn tại, khó khăn, vướng mắc", shown: "tồn tại, khó khăn, vướng mắc" },
    { name: "citation 54-NQ/TW", source: "54-NQ/TW, ngày 10/12/2019", shown: "54-NQ/TW" },
    { name: "citation 172-TB/TW", source: "172-TB/TW, ngày 21/3/2020", shown: "172-TB/TW" },
    {
      name: "directive: congresses",
      source: "Đại hội đại biểu toàn quốc lần thứ XIII",
      shown: "Đại hội đại biểu toàn quốc lần thứ XIII",
    },
    {
      name: "directive: 54-NQ/TW",
      source: "triển khai thực hiện hiệu quả Nghị quyết 54-NQ/TW",
      shown: "Triển khai thực hiện hiệu quả Nghị quyết 54-NQ/TW",
    },
    { name: "directive: Covid-19", source: "phòng, chống dịch Covid-19", shown: "phòng, chống dịch Covid-19" },
    {
      name: "citation by title (no number): the XIII Congress drafts",
      source: "dự thảo các văn kiện của đại hội cấp trên trực tiếp và Đại hội XIII của Đảng",
      shown: "Dự thảo các văn kiện trình Đại hội XIII của Đảng",
    },
    { name: "source title", source: title, shown: title },
  ];

  await signIn(page, "thuky");
  const meetingPath = await recordMeeting(page, {
    period: "Quý I/2020",
    title: "Hội nghị giao ban quý I/2020 với Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội tỉnh",
    day: "2020-03-24",
    host: "STANDING_BOARD",
    results:
      "Tuyên truyền Nghị quyết 54-NQ/TW, ngày 10/12/2019; chăm lo Tết Nguyên đán Canh Tý 2020 cho người nghèo; tham gia phòng, chống dịch Covid-19.",
    shortcomings: "Các đơn vị đề xuất, kiến nghị một số tồn tại, khó khăn, vướng mắc.",
    sourceTitle: title,
    // The chair by name and post, the Front and the five organizations as one delegation of six.
    rollCall: [
      { name: "Bùi Thanh Hà", post: "Phó Bí thư Thường trực Tỉnh ủy", role: "CHAIR" },
      { delegation: "Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội tỉnh", headCount: 6, role: "REPORTER" },
    ],
    conclusion:
      "Quán triệt, thực hiện nghiêm Thông báo kết luận 172-TB/TW, ngày 21/3/2020 của Bộ Chính trị về phòng, chống dịch Covid-19.",
    directives: [
      "Tuyên truyền tổ chức thành công Đại hội Đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIII của Đảng.",
      "Triển khai thực hiện hiệu quả Nghị quyết 54-NQ/TW, ngày 10/12/2019 của Bộ Chính trị.",
      "Phát huy vai trò nòng cốt của đoàn viên, hội viên tham gia phòng, chống dịch Covid-19.",
    ].map((content) => ({ content, lead: "all" as const })),
  });
  await expect(page.getByTestId("meeting-time")).toHaveText("24/03/2020");
  await expect(page.getByTestId("roll-call-count")).toHaveText("Có mặt: 7/7 đại biểu");
  // The Congress's draft documents have no number: cited by issuing body and title, from the first directive.
  await openEditor(page, "Trích dẫn văn bản bằng tay");
  const citations = page.getByTestId("citations-editor");
  await citations.getByLabel("Cơ quan ban hành").fill("Ban Chấp hành Trung ương Đảng");
  await citations.getByLabel("Tên văn bản hoặc trích yếu").fill("Dự thảo các văn kiện trình Đại hội XIII của Đảng");
  await citations.getByLabel("Trích dẫn tại").selectOption({ index: 1 });
  await citations.getByRole("button", { name: "Thêm văn bản trích dẫn" }).click();
  await expect(citations.getByText("Đã thêm văn bản trích dẫn.")).toBeVisible();
  await page.reload();
  await expect(page.getByTestId("meeting-documents")).toContainText(
    "Dự thảo các văn kiện trình Đại hội XIII của Đảng (Ban Chấp hành Trung ương Đảng)",
  );
  await expectEveryFact(page, checklist, text, "corpus-000-meeting.png");

  // The registry keeps the cited plan's date, and lists the document without a number by its issuer.
  await page.goto("/documents?q=172-TB%2FTW");
  await expect(page.getByText("ngày 21/03/2020")).toBeVisible();
  await page.goto(`/documents?q=${encodeURIComponent("Đại hội XIII")}`);
  const row = page.getByRole("row", { name: /Dự thảo các văn kiện trình Đại hội XIII/ });
  await expect(row.getByRole("cell").first()).toHaveText("Ban Chấp hành Trung ương Đảng");
  await expect(row.getByRole("link", { name: /Hội nghị giao ban quý I\/2020/ })).toBeVisible();
  await expect(row.getByRole("link", { name: /Tuyên truyền tổ chức thành công Đại hội Đảng bộ/ })).toBeVisible();
  await page.screenshot({ path: "test-results/corpus-000-registry.png", fullPage: true });

  // The minutes print the count by head count.
  const pdf = await minutesText(page, meetingPath);
  expect(pdf).toContain("Bùi Thanh Hà");
  expect(pdf).toContain("Có mặt: 7/7");
});

test("the Q4/2019 Party-building and Front meeting (corpus 002) is recorded fact by fact as an archive entry", async ({
  page,
}) => {
  test.setTimeout(240_000);
  const text = article("002_ca0f9ebff81e9413.txt");
  const title = headline(text, " Cập nhật lúc");
  const checklist: Fact[] = [
    { name: "day only (sáng 17-1)", source: "Sáng 17-1", shown: "17/01/2020" },
    { name: "period quý IV năm 2019", source: "quý IV năm 2019", shown: "Quý IV/2019" },
    { name: "host: Thường trực", source: "Thường trực Tỉnh ủy tổ chức Hội nghị giao ban", shown: "Thường trực" },
    { name: "chair", source: "Phạm Minh Tấn chủ trì hội nghị", shown: "Phạm Minh Tấn" },
    { name: "chair's post", source: "Phó Bí thư Thường trực Tỉnh ủy Phạm Minh Tấn", shown: "Phó Bí thư Thường trực Tỉnh ủy" },
    {
      name: "speaker known by post only",
      source: "Lãnh đạo Hội Cựu chiến binh tỉnh phát biểu",
      shown: "Lãnh đạo Hội Cựu chiến binh tỉnh",
    },
    {
      name: "delegation of unknown size",
      source: "công tác Mặt trận và các đoàn thể cấp tỉnh",
      shown: "Lãnh đạo Mặt trận và các đoàn thể cấp tỉnh",
    },
    { name: "results: Party building", source: "đã đạt được những kết quả quan trọng", shown: "kết quả quan trọng" },
    { name: "results: civil-service exam", source: "kỳ thi tuyển dụng công chức", shown: "kỳ thi tuyển dụng công chức" },
    { name: "results: new countryside funds", source: "gần 2 tỷ đồng", shown: "gần 2 tỷ đồng" },
    { name: "citation 35-CT/TW", source: "Chỉ thị số 35-CT/TW của Bộ Chính trị", shown: "35-CT/TW" },
    { name: "citation 127-KH/TU", source: "Kế hoạch số 127-KH/TU của Tỉnh ủy", shown: "127-KH/TU" },
    { name: "conclusion", source: "thực hiện hiệu quả mục tiêu, nhiệm vụ năm 2020", shown: "mục tiêu, nhiệm vụ năm 2020" },
    {
      name: "directive: review of 2019",
      source: "hoàn thành việc tổng kết năm 2019",
      shown: "Hoàn thành việc tổng kết năm 2019",
    },
    { name: "directive: due within quý I", source: "trong quý I, các cơ quan", shown: "Thời hạn: 31/03/2020" },
    { name: "directive: Tết", source: "chăm lo Tết Nguyên đán chu đáo", shown: "chăm lo Tết Nguyên đán chu đáo" },
    {
      name: "directive: 35-CT/TW",
      source: "thực hiện hiệu quả Chỉ thị số 35-CT/TW",
      shown: "thực hiện hiệu quả Chỉ thị số 35-CT/TW",
    },
    { name: "source title", source: title, shown: title },
  ];

  await signIn(page, "thuky");
  const meetingPath = await recordMeeting(page, {
    period: "Quý IV/2019",
    title: "Hội nghị giao ban đánh giá công tác xây dựng Đảng, công tác Mặt trận và các đoàn thể cấp tỉnh quý IV năm 2019",
    day: "2020-01-17",
    host: "STANDING_BOARD",
    results: [
      "Công tác xây dựng Đảng, xây dựng hệ thống chính trị đã đạt được những kết quả quan trọng: quán triệt Chỉ thị số 35-CT/TW của Bộ Chính trị và Kế hoạch số 127-KH/TU của Tỉnh ủy về đại hội Đảng các cấp.",
      "Tổ chức kỳ thi tuyển dụng công chức, viên chức các cơ quan Đảng, Mặt trận, đoàn thể đạt chất lượng.",
      "Mặt trận và các đoàn thể vận động nhân dân xây dựng nông thôn mới, huy động gần 2 tỷ đồng.",
    ].join("\n"),
    sourceTitle: title,
    rollCall: [
      { name: "Phạm Minh Tấn", post: "Phó Bí thư Thường trực Tỉnh ủy", role: "CHAIR" },
      // The article names no one: the speaker by post, the attending bodies as a delegation of unknown size.
      { name: "", post: "Lãnh đạo Hội Cựu chiến binh tỉnh", organization: "Hội CCB", role: "SPEAKER" },
      { delegation: "Lãnh đạo Mặt trận và các đoàn thể cấp tỉnh", role: "ATTENDEE" },
    ],
    conclusion: "Đề nghị các cơ quan, đơn vị triển khai, thực hiện hiệu quả mục tiêu, nhiệm vụ năm 2020.",
    directives: [
      { content: "Hoàn thành việc tổng kết năm 2019, triển khai nhiệm vụ năm 2020.", lead: "all", due: "2020-03-31" },
      {
        content: "Quan tâm, chăm lo Tết Nguyên đán chu đáo cho các đối tượng chính sách, gia đình khó khăn, người nghèo.",
        lead: "all",
        due: "2020-03-31",
      },
      {
        content:
          "Chuẩn bị các điều kiện cần thiết để thực hiện hiệu quả Chỉ thị số 35-CT/TW của Bộ Chính trị về đại hội Đảng bộ các cấp.",
        lead: "all",
        due: "2020-03-31",
      },
    ],
  });
  await expect(page.getByTestId("meeting-time")).toHaveText("17/01/2020");
  await expect(page.getByTestId("roll-call-count")).toHaveText("Có mặt: 2/2 đại biểu và đại diện 1 đoàn chưa rõ số người");
  await expectEveryFact(page, checklist, text, "corpus-002-meeting.png");

  const pdf = await minutesText(page, meetingPath);
  expect(pdf).toContain("Chủ trì: đồng chí Phạm Minh Tấn, Phó Bí thư Thường trực Tỉnh ủy");
  expect(pdf).toContain("Có mặt: 2/2 đại biểu và đại diện 1 đoàn chưa rõ số người.");
  expect(pdf).toContain("đồng chí Lãnh đạo Hội Cựu chiến binh tỉnh");
  expect(pdf).toContain("Lãnh đạo Mặt trận và các đoàn thể cấp tỉnh");
  expect(pdf).not.toContain("đồng chí ,");
});

test("the Q3/2021 city briefing (corpus 004) is recorded fact by fact as an archive entry of the dissolved city", async ({
  page,
}) => {
  test.setTimeout(240_000);
  const text = article("004_550b5c6b651d5b96.txt");
  const title = headline(text, " 10/10/2021");
  const checklist: Fact[] = [
    { name: "day only (chiều 08/10/2021)", source: "Chiều 08/10/2021", shown: "08/10/2021" },
    { name: "unit: the city", source: "Bí thư Thành ủy", shown: "Thành phố Huế" },
    // The page names the period with its companion (the editors, with "Quý III/2021" in a picker, open on demand).
    { name: "period: quý III", source: "trực báo quý III", shown: "Quý III và 9 tháng đầu năm 2021" },
    { name: "companion: 9 tháng đầu năm", source: "9 tháng đầu năm 2021", shown: "9 tháng đầu năm 2021" },
    { name: "briefing (trực báo)", source: "Hội nghị trực báo", shown: "Trực báo" },
    { name: "chair", source: "Phan Thiên Định - UVTV Tỉnh ủy", shown: "Phan Thiên Định" },
    {
      name: "chair's posts",
      source: "UVTV Tỉnh ủy, Bí thư Thành ủy, Chủ tịch HĐND Thành phố chủ trì",
      shown: "UVTV Tỉnh ủy, Bí thư Thành ủy, Chủ tịch HĐND Thành phố",
    },
    { name: "guest (cùng dự)", source: "cùng dự có đồng chí Trần Hùng Nam", shown: "Trần Hùng Nam" },
    { name: "guest's post", source: "Phó Bí thư Thường trực Thành ủy", shown: "Phó Bí thư Thường trực Thành ủy" },
    {
      name: "reporters: the Front and the organizations",
      source: "nghe đại diện lãnh đạo UBMTTQVN và các đoàn thể chính trị - xã hội Thành phố báo cáo",
      shown: "Đại diện lãnh đạo UBMTTQVN và các đoàn thể chính trị - xã hội Thành phố",
    },
    { name: "delegation: the boards", source: "đại diện lãnh đạo các ban", shown: "Đại diện lãnh đạo các ban Thành ủy" },
    { name: "delegation: Ủy ban Kiểm tra", source: "Ủy ban Kiểm tra", shown: "Đại diện lãnh đạo Ủy ban Kiểm tra Thành ủy" },
    { name: "delegation: Văn phòng", source: "Văn phòng Thành ủy", shown: "Đại diện lãnh đạo Văn phòng Thành ủy" },
    {
      name: "delegation: Trung tâm Chính trị",
      source: "Trung tâm Chính trị Thành phố",
      shown: "Đại diện lãnh đạo Trung tâm Chính trị Thành phố",
    },
    { name: "results: Covid-19", source: "đẩy lùi dịch bệnh Covid-19", shown: "đẩy lùi dịch bệnh Covid-19" },
    { name: "results: campaigns", source: "“Chủ nhật xanh”", shown: "“Chủ nhật xanh”" },
    { name: "conclusion", source: "ghi nhận và đánh giá cao sự nỗ lực", shown: "Ghi nhận và đánh giá cao sự nỗ lực" },
    { name: "directive: Covid-19 centre", source: "điều phối, hỗ trợ dịch bệnh Covid-19", shown: "điều phối, hỗ trợ" },
    {
      name: "directive: civilised city",
      source: "xây dựng nếp sống văn minh đô thị do Thành ủy phát động",
      shown: "nếp sống văn minh đô thị",
    },
    { name: "directive: merged wards", source: "các phường, xã mới sáp nhập", shown: "phường, xã mới sáp nhập" },
    { name: "directive: staffing", source: "quy hoạch bổ sung nhân sự", shown: "quy hoạch bổ sung nhân sự" },
    { name: "directive: annual plan", source: "kế hoạch hoạt động hàng năm", shown: "kế hoạch hoạt động hàng năm" },
    { name: "directive: joint product", source: "sản phẩm chung của cả khối", shown: "sản phẩm chung của cả khối" },
    {
      name: "directive: budget and offices",
      source: "tăng kinh phí hoạt động thường xuyên",
      shown: "tăng kinh phí hoạt động thường xuyên",
    },
    { name: "source title", source: title, shown: title },
  ];

  await signIn(page, "thuky");
  const meetingPath = await recordMeeting(page, {
    // Not today's Thành phố Huế (the former province): the city dissolved at the end of 2024.
    unit: "Thành phố Huế (đến 31/12/2024)",
    period: "Quý III/2021",
    companions: ["9 tháng đầu năm 2021"],
    briefing: true,
    title: "Hội nghị trực báo quý III Mặt trận và các đoàn thể chính trị - xã hội Thành phố",
    day: "2021-10-08",
    results:
      "Trong 9 tháng đầu năm 2021, Mặt trận và các đoàn thể tập hợp, huy động nguồn lực chung tay đẩy lùi dịch bệnh Covid-19; tuyên truyền, vận động nhân dân hưởng ứng các phong trào “Chủ nhật xanh”, “Chủ nhật vì cộng đồng”, xây dựng nếp sống văn minh đô thị.",
    sourceTitle: title,
    rollCall: [
      { name: "Phan Thiên Định", post: "UVTV Tỉnh ủy, Bí thư Thành ủy, Chủ tịch HĐND Thành phố", role: "CHAIR" },
      { name: "Trần Hùng Nam", post: "Phó Bí thư Thường trực Thành ủy", role: "GUEST" },
      // Every body is "đại diện lãnh đạo": the article gives no head count.
      { delegation: "Đại diện lãnh đạo UBMTTQVN và các đoàn thể chính trị - xã hội Thành phố", role: "REPORTER" },
      { delegation: "Đại diện lãnh đạo các ban Thành ủy", role: "ATTENDEE" },
      { delegation: "Đại diện lãnh đạo Ủy ban Kiểm tra Thành ủy", role: "ATTENDEE" },
      { delegation: "Đại diện lãnh đạo Văn phòng Thành ủy", role: "ATTENDEE" },
      { delegation: "Đại diện lãnh đạo Trung tâm Chính trị Thành phố", role: "ATTENDEE" },
    ],
    conclusion:
      "Ghi nhận và đánh giá cao sự nỗ lực, tổng lực thực hiện các nhiệm vụ của các đơn vị; nhấn mạnh một số nhiệm vụ trọng tâm của Mặt trận và các đoàn thể chính trị - xã hội Thành phố thời gian tới.",
    directives: [
      {
        content: "Tiếp tục làm tốt vai trò trung tâm kêu gọi, tiếp nhận, điều phối, hỗ trợ phòng, chống dịch bệnh Covid-19.",
        lead: "all",
      },
      {
        content:
          "Thu hút, tập hợp các tầng lớp nhân dân hưởng ứng phong trào “Chủ nhật vì cộng đồng”, xây dựng nếp sống văn minh đô thị do Thành ủy phát động.",
        lead: "all",
      },
      { content: "Tăng cường bám sát và nắm bắt địa bàn, đặc biệt là các phường, xã mới sáp nhập.", lead: "all" },
      {
        content:
          "Kiện toàn, quy hoạch bổ sung nhân sự của các phường, xã mới sáp nhập vào Ban Chấp hành các đoàn thể chính trị - xã hội.",
        lead: "all",
      },
      {
        content:
          "Chủ trì, phối hợp xây dựng kế hoạch hoạt động hàng năm cho các đoàn thể chính trị - xã hội một cách tổng thể, không chồng chéo.",
        lead: ["UBMTTQ"],
        support: ["Hội CCB", "Đoàn TN", "Hội LHPN", "Hội ND", "LĐLĐ"],
      },
      {
        content: "Xây dựng kế hoạch phối kết hợp hành động để tạo ra sản phẩm chung của cả khối mang màu sắc riêng của Huế.",
        lead: ["UBMTTQ"],
        support: ["Hội CCB", "Đoàn TN", "Hội LHPN", "Hội ND", "LĐLĐ"],
      },
      {
        content:
          "Nghiên cứu tăng kinh phí hoạt động thường xuyên và bố trí, sắp xếp lại trụ sở làm việc cho các đơn vị trong khối Mặt trận và các đoàn thể Thành phố.",
        lead: ["UBND thành phố"],
      },
    ],
  });
  await expect(page.getByTestId("meeting-time")).toHaveText("08/10/2021");
  await expect(page.getByTestId("roll-call-count")).toHaveText("Có mặt: 2/2 đại biểu và đại diện 5 đoàn chưa rõ số người");
  await expectEveryFact(page, checklist, text, "corpus-004-meeting.png");

  const pdf = await minutesText(page, meetingPath);
  expect(pdf).toContain("Chủ trì: đồng chí Phan Thiên Định, UVTV Tỉnh ủy, Bí thư Thành ủy, Chủ tịch HĐND Thành phố");
  expect(pdf).toContain("Có mặt: 2/2 đại biểu và đại diện 5 đoàn chưa rõ số người.");
  expect(pdf).toContain("Trần Hùng Nam");
  expect(pdf).toContain("Đại diện lãnh đạo Trung tâm Chính trị Thành phố");
  expect(pdf).toContain("Ủy ban nhân dân thành phố Huế");
});

test("bad times get a clear Vietnamese message, the form keeps what was typed, and a fixed field loses its message", async ({
  page,
}) => {
  await signIn(page, "thuky");
  await page.goto("/meetings/new");
  const title = page.getByLabel("Tiêu đề", { exact: true });
  await title.fill("");
  await title.blur();
  await expect(title).toHaveAttribute("aria-invalid", "true");
  await title.fill("Hội nghị thử giờ kết thúc");
  await expect(title).not.toHaveAttribute("aria-invalid", "true");

  const start = page.getByLabel("Bắt đầu", { exact: true });
  const end = page.getByLabel("Kết thúc", { exact: true });
  await start.fill("2020-03-24T14:00");
  await end.fill("2020-03-24T11:00");
  await page.getByLabel("Kết quả đạt được").fill("Kết quả đã gõ không được mất.");
  await page.getByRole("button", { name: "Lên lịch", exact: true }).click();
  await expect(page.getByText("Thời gian kết thúc phải sau thời gian bắt đầu.")).toBeVisible();
  await expect(page.getByText("Thời gian bắt đầu phải trước thời gian kết thúc.")).toBeVisible();
  await expect(end).toHaveAttribute("aria-invalid", "true");
  await expect(page).toHaveURL(/\/meetings\/new$/);
  await expect(title).toHaveValue("Hội nghị thử giờ kết thúc");
  await expect(page.getByLabel("Kết quả đạt được")).toHaveValue("Kết quả đã gõ không được mất.");
  await page.screenshot({ path: "test-results/meeting-bad-times.png", fullPage: true });

  await end.fill("2020-03-24T16:30");
  await expect(page.getByText("Thời gian kết thúc phải sau thời gian bắt đầu.")).toHaveCount(0);
  await expect(end).not.toHaveAttribute("aria-invalid", "true");
});
