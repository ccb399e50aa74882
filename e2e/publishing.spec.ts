import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { signIn } from "./helpers";

// The Q4/2019 liaison meeting of the Tỉnh ủy (corpus), published in the demo data.
const MEETING = "Hội nghị giao ban công tác xây dựng Đảng, công tác Mặt trận và các đoàn thể cấp tỉnh quý IV/2019";
// A 1×1 PNG.
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64",
);

async function openMeeting(page: Page): Promise<string> {
  await page.goto(`/meetings?q=${encodeURIComponent("quý IV/2019")}`);
  await page.getByRole("link", { name: MEETING }).click();
  await expect(page.getByRole("heading", { name: MEETING })).toBeVisible();
  return page.url();
}

async function signedIn(browser: Browser, username: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, username);
  return { context, page };
}

function pdfText(bytes: Buffer): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "e2e-pdf-"));
  const file = path.join(dir, "file.pdf");
  fs.writeFileSync(file, bytes);
  return execFileSync("pdftotext", [file, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
}

test("minutes PDF, an issued notice rendered to PNG, exports, and who may download them", async ({ browser }, testInfo) => {
  test.setTimeout(180_000);
  const { context: secretaryContext, page: secretary } = await signedIn(browser, "thuky");
  secretary.on("dialog", (dialog) => dialog.accept());
  const meetingUrl = await openMeeting(secretary);
  const meetingPath = new URL(meetingUrl).pathname;

  // The page prints without navigation or editors, showing the record itself.
  await secretary.emulateMedia({ media: "print" });
  await expect(secretary.getByTestId("sidebar")).toBeHidden();
  await expect(secretary.getByTestId("notice-panel")).toBeHidden();
  await expect(secretary.getByRole("heading", { name: "Thành phần tham dự" })).toBeVisible();
  await secretary.emulateMedia({ media: "screen" });

  // Printable minutes.
  const minutesHref = await secretary.getByRole("link", { name: "Biên bản (PDF)" }).getAttribute("href");
  expect(minutesHref).toBe(`${meetingPath}/minutes.pdf`);
  const minutes = await secretary.request.get(minutesHref!);
  expect(minutes.status()).toBe(200);
  expect(minutes.headers()["content-type"]).toBe("application/pdf");
  const minutesText = pdfText(await minutes.body());
  expect(minutesText).toContain("BIÊN BẢN");
  expect(minutesText).toContain("THÀNH PHẦN THAM DỰ");
  expect(minutesText).toContain("NHIỆM VỤ ĐƯỢC GIAO");

  // The conclusion notice: drafted by the secretariat, approved by the leader, issued with a number.
  const panel = secretary.getByTestId("notice-panel");
  await panel.getByRole("button", { name: "Soạn thông báo kết luận" }).click();
  await expect(panel.getByText("Dự thảo", { exact: true })).toBeVisible();
  const { context: leaderContext, page: leader } = await signedIn(browser, "lanhdao");
  await leader.goto(meetingUrl);
  await leader.getByRole("button", { name: "Phê duyệt thông báo" }).click();
  await expect(leader.getByTestId("notice-panel").getByText("Đã phê duyệt", { exact: true })).toBeVisible();
  await leaderContext.close();
  await secretary.reload();
  await panel.getByRole("button", { name: "Ban hành (cấp số)" }).click();
  await expect(panel.getByText(/^Số \d+-TB\/TU, ban hành ngày/)).toBeVisible();
  const noticeHref = await panel.getByRole("link", { name: "Tải PDF" }).first().getAttribute("href");
  expect(noticeHref).toMatch(/^\/api\/notices\/[a-z0-9]+\/pdf$/);
  const notice = await secretary.request.get(noticeHref!);
  expect(notice.status()).toBe(200);
  const noticeBytes = await notice.body();
  expect(pdfText(noticeBytes)).toContain("THÔNG BÁO KẾT LUẬN");

  // Its first page as a picture, attached to the report.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "e2e-notice-"));
  fs.writeFileSync(path.join(dir, "notice.pdf"), noticeBytes);
  execFileSync("pdftoppm", ["-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", "notice.pdf", "page-1"], { cwd: dir });
  const png = path.join(dir, "page-1.png");
  expect(fs.readFileSync(png).subarray(1, 4).toString("latin1")).toBe("PNG");
  await testInfo.attach("notice-page-1.png", { path: png, contentType: "image/png" });

  // Exports carry the list's filters.
  await secretary.goto(`/meetings?q=${encodeURIComponent("quý IV/2019")}`);
  const excelHref = await secretary.getByRole("link", { name: "Xuất Excel" }).getAttribute("href");
  expect(excelHref).toContain("q=qu%C3%BD+IV%2F2019");
  const xlsx = await secretary.request.get(excelHref!);
  expect(xlsx.status()).toBe(200);
  expect(xlsx.headers()["content-type"]).toContain("spreadsheetml");
  const csvHref = await secretary.getByRole("link", { name: "Xuất CSV" }).getAttribute("href");
  const csv = await secretary.request.get(csvHref!);
  const csvBytes = await csv.body();
  expect([...csvBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(csvBytes.toString("utf8")).toContain(MEETING);
  await secretary.goto("/reports/matrix");
  const matrixHref = await secretary.getByRole("link", { name: "Xuất Excel" }).getAttribute("href");
  expect((await secretary.request.get(matrixHref!)).status()).toBe(200);
  await secretaryContext.close();

  // An organization of the city below cannot download the province's notice or minutes.
  const { context: cityContext, page: city } = await signedIn(browser, "mttq.huyen");
  expect([403, 404]).toContain((await city.request.get(noticeHref!)).status());
  expect([403, 404]).toContain((await city.request.get(`${meetingPath}/minutes.pdf`)).status());
  await cityContext.close();

  // Anonymous: pages and exports go to sign-in, downloads are refused.
  const anonymous = await browser.newContext();
  for (const target of ["/meetings", meetingPath, `${meetingPath}/minutes.pdf`, excelHref!, csvHref!, matrixHref!]) {
    const response = await anonymous.request.get(target, { maxRedirects: 0 });
    expect(response.status(), target).toBe(307);
    expect(response.headers()["location"], target).toContain("/login");
  }
  const refused = await anonymous.request.get(noticeHref!, { maxRedirects: 0 });
  expect(refused.status()).toBe(401);
  await anonymous.close();
});

test("a news item with hostile HTML is published without running it, and unpublishing hides it at once", async ({ browser }) => {
  test.setTimeout(180_000);
  const { context: secretaryContext, page: secretary } = await signedIn(browser, "thuky");
  secretary.on("dialog", (dialog) => dialog.accept());
  await openMeeting(secretary);
  await secretary.getByRole("link", { name: "Soạn tin bài từ hội nghị" }).click();
  await secretary.getByRole("button", { name: "Soạn tin bài từ hội nghị" }).click();
  await expect(secretary.getByRole("heading", { name: "Tin bài về hội nghị" })).toBeVisible();
  await expect(secretary.getByLabel("Tiêu đề")).toHaveValue(MEETING);
  await expect(secretary.getByLabel("Sapo (tóm tắt)")).toHaveValue(/Tỉnh ủy Thừa Thiên Huế tổ chức/);

  const title = "Tin thử nghiệm: giao ban quý IV/2019 an toàn";
  await secretary.getByLabel("Tiêu đề").fill(title);
  // The toolbar formats the prefilled body; the source view shows the result.
  const editor = secretary.getByRole("textbox", { name: "Nội dung", exact: true });
  await expect(editor).toContainText("Phạm Minh Tấn");
  await editor.click();
  await secretary.keyboard.press("Control+A");
  await secretary.getByRole("button", { name: "Đậm" }).click();
  await secretary.getByRole("button", { name: "Mã HTML" }).click();
  await expect(secretary.getByLabel("Nội dung — Mã HTML")).toHaveValue(/<(b|strong)>/);
  await secretary
    .getByLabel("Nội dung — Mã HTML")
    .fill(
      [
        "<p>Nội dung an toàn với chữ <strong>đậm</strong>.</p>",
        "<script>window.__xss = 'script'; alert('script')</script>",
        "<img src=\"x\" onerror=\"window.__xss = 'onerror'; alert('onerror')\">",
        "<p><a href=\"javascript:window.__xss='link';alert('link')\">Liên kết độc</a></p>",
      ].join("\n"),
    );
  await secretary.getByRole("button", { name: "Lưu tin bài" }).click();
  await expect(secretary.getByText("Đã lưu tin bài.")).toBeVisible();
  await secretary
    .getByLabel("Ảnh đại diện", { exact: true })
    .setInputFiles({ name: "bia.png", mimeType: "image/png", buffer: PNG });
  await secretary.getByRole("button", { name: "Tải ảnh lên" }).click();
  await expect(secretary.getByText("Đã cập nhật ảnh đại diện.")).toBeVisible();
  await secretary.getByRole("button", { name: "Công bố" }).click();
  await expect(secretary.getByText("Đã công bố tin bài.")).toBeVisible();
  const slug = "tin-thu-nghiem-giao-ban-quy-iv-2019-an-toan";
  await expect(secretary.getByText(`/news/${slug}`)).toBeVisible();

  // Anonymous reader: the article renders, nothing runs.
  const anonymousContext = await browser.newContext();
  const reader = await anonymousContext.newPage();
  const dialogs: string[] = [];
  reader.on("dialog", async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  const response = await reader.goto(`/news/${slug}`);
  expect(response?.status()).toBe(200);
  await expect(reader.getByRole("heading", { name: title })).toBeVisible();
  const body = reader.getByTestId("news-body");
  await expect(body.locator("strong")).toHaveText("đậm");
  await expect(body.locator("script, img, [onerror]")).toHaveCount(0);
  await reader.getByText("Liên kết độc").click();
  await reader.waitForTimeout(500);
  expect(await reader.evaluate(() => (window as unknown as { __xss?: string }).__xss)).toBeUndefined();
  expect(dialogs).toEqual([]);
  expect(await reader.locator('meta[property="og:title"]').getAttribute("content")).toBe(title);
  expect(await reader.locator('meta[name="description"]').getAttribute("content")).toContain("Tỉnh ủy Thừa Thiên Huế");
  const coverSrc = await reader.locator("article img").first().getAttribute("src");
  expect((await reader.request.get(coverSrc!)).status()).toBe(200);

  await reader.goto("/news");
  await expect(reader.getByRole("link", { name: title })).toBeVisible();
  const rss = await reader.request.get("/news/rss.xml");
  expect(rss.status()).toBe(200);
  expect(rss.headers()["content-type"]).toContain("application/rss+xml");
  const feed = await rss.text();
  expect(feed).toContain('<rss version="2.0"');
  expect(feed).toContain(`<title>${title}</title>`);
  expect(feed).toContain(`/news/${slug}</link>`);

  // Unpublished: gone from the public at once.
  await secretary.getByRole("button", { name: "Gỡ tin" }).click();
  await expect(secretary.getByText("Đã gỡ tin bài khỏi trang công khai.")).toBeVisible();
  expect((await reader.goto(`/news/${slug}`))?.status()).toBe(404);
  expect((await reader.request.get(coverSrc!)).status()).toBe(404);
  expect(await (await reader.request.get("/news/rss.xml")).text()).not.toContain(title);
  await anonymousContext.close();
  await secretaryContext.close();
});
