import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./helpers";

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

test("the Q1/2020 liaison meeting (corpus 000) is recorded fact by fact as an archive entry", async ({ page }) => {
  test.setTimeout(240_000);
  const text = article("000_1c528c825f9c3f32.txt");
  const title = text.split(" Cập nhật:")[0].trim();
  const checklist: Fact[] = [
    { name: "day only (chiều ngày 24/3)", source: "Chiều ngày 24/3", shown: "24/03/2020" },
    { name: "host: Thường trực", source: "Thường trực Tỉnh ủy giao ban", shown: "Thường trực" },
    { name: "chair", source: "Bùi Thanh Hà, Phó Bí thư Thường trực Tỉnh ủy chủ trì", shown: "Bùi Thanh Hà" },
    { name: "chair's post", source: "Phó Bí thư Thường trực Tỉnh ủy", shown: "Phó Bí thư Thường trực Tỉnh ủy" },
    {
      name: "delegation",
      source: "Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội tỉnh",
      shown: "Đoàn đại biểu Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội tỉnh",
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
    { name: "source title", source: title, shown: title },
  ];

  await signIn(page, "thuky");
  await page.goto("/meetings/new");
  await page.getByLabel("Kỳ", { exact: true }).selectOption({ label: "Quý I/2020" });
  await page
    .getByLabel("Tiêu đề", { exact: true })
    .fill("Hội nghị giao ban quý I/2020 với Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội tỉnh");
  await page.getByLabel("Thời gian đã biết").selectOption("DATE");
  await page.getByLabel("Thời gian", { exact: true }).fill("2020-03-24");
  await page.getByLabel("Cấp tổ chức hội nghị").selectOption("STANDING_BOARD");
  await page
    .getByLabel("Kết quả đạt được")
    .fill(
      "Tuyên truyền Nghị quyết 54-NQ/TW, ngày 10/12/2019; chăm lo Tết Nguyên đán Canh Tý 2020 cho người nghèo; tham gia phòng, chống dịch Covid-19.",
    );
  await page
    .getByLabel("Tồn tại, hạn chế và nguyên nhân")
    .fill("Các đơn vị đề xuất, kiến nghị một số tồn tại, khó khăn, vướng mắc.");
  await page.getByLabel("Tên bài báo nguồn").fill(title);
  await page.getByLabel(/Nhập hồ sơ hội nghị đã diễn ra/).check();
  await page.getByRole("button", { name: "Lên lịch", exact: true }).click();
  // Not "/meetings/new" itself: the new meeting's own address.
  await expect(page).toHaveURL(/\/meetings\/(?!new$)[a-z0-9]+$/);
  const meetingPath = new URL(page.url()).pathname;
  await expect(page.getByTestId("archive-entry")).toBeVisible();
  await expect(page.getByTestId("meeting-time")).toHaveText("24/03/2020");

  // Roll call: the chair by name and post, the Front and the five organizations as one delegation.
  await page.getByRole("button", { name: "Thêm người khác" }).click();
  await page.getByLabel("Họ và tên 1", { exact: true }).fill("Bùi Thanh Hà");
  await page.getByLabel("Chức vụ 1", { exact: true }).fill("Phó Bí thư Thường trực Tỉnh ủy");
  await page.getByLabel("Vai trò 1", { exact: true }).selectOption("CHAIR");
  await page.getByRole("button", { name: "Thêm đoàn đại biểu" }).click();
  await page.getByLabel("Cơ quan 2", { exact: true }).fill("Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội tỉnh");
  await page.getByLabel("Số người 2", { exact: true }).fill("6");
  await page.getByLabel("Vai trò 2", { exact: true }).selectOption("REPORTER");
  await expect(page.getByTestId("roll-call-count")).toHaveText("Có mặt: 7/7 đại biểu");
  await page.getByRole("button", { name: "Lưu — Thành phần tham dự" }).click();
  await expect(page.getByText("Đã lưu thành phần tham dự.")).toBeVisible();

  // The chair's conclusion, then the directives, each led by every organization.
  await page
    .getByLabel("Kết luận của chủ trì")
    .fill(
      "Quán triệt, thực hiện nghiêm Thông báo kết luận 172-TB/TW, ngày 21/3/2020 của Bộ Chính trị về phòng, chống dịch Covid-19.",
    );
  await page.getByRole("button", { name: "Lưu — Biên bản" }).click();
  await expect(page.getByText("Đã lưu biên bản.")).toBeVisible();
  const directives = [
    "Tuyên truyền tổ chức thành công Đại hội Đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIII của Đảng.",
    "Triển khai thực hiện hiệu quả Nghị quyết 54-NQ/TW, ngày 10/12/2019 của Bộ Chính trị.",
    "Phát huy vai trò nòng cốt của đoàn viên, hội viên tham gia phòng, chống dịch Covid-19.",
  ];
  for (const [index, content] of directives.entries()) {
    await page.getByRole("button", { name: "Thêm nhiệm vụ" }).click();
    await page.getByLabel(`Nội dung — Nhiệm vụ ${index + 1}`, { exact: true }).fill(content);
    await page.getByRole("button", { name: "Tất cả các tổ chức" }).nth(index).click();
  }
  await page.getByRole("button", { name: "Lưu — Kết luận, nhiệm vụ" }).click();
  await expect(page.getByText("Đã lưu các nhiệm vụ.")).toBeVisible();

  await page.reload();
  await page.screenshot({ path: "test-results/corpus-000-meeting.png", fullPage: true });
  expect(await missingOn(page, checklist, text)).toEqual([]);

  // The registry keeps the cited plan's date.
  await page.goto("/documents?q=172-TB%2FTW");
  await expect(page.getByText("ngày 21/03/2020")).toBeVisible();

  // The minutes print the count by head count (rendered by the minutes module of issue 15).
  const response = await page.request.get(`${meetingPath}/minutes.pdf`);
  expect(response.headers()["content-type"], await response.text()).toContain("application/pdf");
  const pdf = pdfText(await response.body());
  expect(pdf).toContain("Bùi Thanh Hà");
  expect(pdf).toContain("Có mặt: 7/7");
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
