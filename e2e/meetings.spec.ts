import { expect, test, type Page } from "@playwright/test";
import { openEditor, signIn } from "./helpers";

// Facts of the press report of 24/3/2020 (corpus): the Standing Deputy Secretary
// chaired the Q1/2020 liaison meeting with the Front and the mass organizations.
const TITLE = "Hội nghị giao ban Mặt trận và các đoàn thể chính trị - xã hội tỉnh quý I/2020";
const MARKER = "Canh Tý";

const badge = (page: Page, label: string) => page.getByText(label, { exact: true }).first();

test("a secretary records a meeting end to end, a leader approves it, and only invited organizations see it", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  await signIn(page, "thuky");
  await page.goto("/meetings/new");
  await page.getByLabel("Kỳ").selectOption({ label: "Quý I/2020" });
  await page.getByRole("button", { name: "Gợi ý tiêu đề" }).click();
  await expect(page.getByLabel("Tiêu đề")).toHaveValue(TITLE);
  await page.getByLabel("Bắt đầu", { exact: true }).fill("2020-03-24T14:00");
  await page.getByLabel("Địa điểm").fill("Hội trường Tỉnh ủy");
  await page.getByLabel("Chủ trì").selectOption({ label: "Bùi Thanh Hà — Phó Bí thư Thường trực Tỉnh ủy" });
  await page.getByLabel("Hạn nộp báo cáo").fill("2020-03-20T17:00");
  await page.getByRole("button", { name: "Lên lịch", exact: true }).click();
  await expect(page).toHaveURL(/\/meetings\/[a-z0-9]+$/);
  await expect(page.getByRole("heading", { name: TITLE })).toBeVisible();
  await expect(badge(page, "Dự thảo")).toBeVisible();
  const meetingUrl = page.url();

  // Attendance: the chair came with the schedule; add the organizations' leaders, keep five.
  await openEditor(page, "Sửa thành phần tham dự");
  await expect(page.getByLabel("Họ và tên 1", { exact: true })).toHaveValue("Bùi Thanh Hà");
  await page.getByRole("button", { name: "Thêm lãnh đạo các tổ chức báo cáo" }).click();
  await expect(page.getByTestId("attendee-row")).toHaveCount(7);
  await page.getByRole("button", { name: "Xóa 7", exact: true }).click();
  await page.getByLabel("Vai trò 6", { exact: true }).selectOption("SPEAKER");
  await page.getByRole("button", { name: "Lưu — Thành phần tham dự" }).click();
  await expect(page.getByText("Đã lưu thành phần tham dự.")).toBeVisible();
  await expect(page.getByTestId("attendee-row")).toHaveCount(6);

  // Minutes, with an autosaved draft offered back after a reload (the editor opens by itself to offer it).
  await openEditor(page, "Sửa biên bản");
  const summary = page.getByLabel("Tóm tắt tình hình");
  await summary.fill(`Các đơn vị tuyên truyền Nghị quyết 54-NQ/TW, chăm lo Tết Nguyên đán ${MARKER} 2020 cho người nghèo.`);
  await expect(page.getByTestId("draft-saved")).toBeVisible({
    timeout: 15_000,
  });
  await page.reload();
  await expect(page.getByRole("group", { name: "Sửa biên bản" })).toBeVisible();
  await page.getByRole("button", { name: "Khôi phục bản nháp" }).click();
  await expect(page.getByLabel("Tóm tắt tình hình")).toHaveValue(/Canh Tý 2020/);
  await page.getByRole("button", { name: "Thêm ý kiến" }).click();
  await page.getByLabel("Người phát biểu 1", { exact: true }).selectOption({ index: 2 });
  await page
    .getByLabel("Nội dung phát biểu 1", { exact: true })
    .fill("Báo cáo kết quả vận động đoàn viên, hội viên tham gia phòng, chống dịch Covid-19.");
  await page
    .getByLabel("Kết luận của chủ trì")
    .fill("Tập trung tuyên truyền Đại hội Đảng bộ các cấp; triển khai Nghị quyết 54-NQ/TW.");
  await page.getByRole("button", { name: "Lưu — Biên bản" }).click();
  await expect(page.getByText("Đã lưu biên bản.")).toBeVisible();

  // Four directives with lead and supporting organizations.
  const directives: [string, string, string][] = [
    ["Tuyên truyền tổ chức thành công Đại hội Đảng bộ các cấp, tiến tới Đại hội XIII của Đảng.", "UBMTTQ", "Đoàn TN"],
    ["Triển khai thực hiện hiệu quả Nghị quyết 54-NQ/TW của Bộ Chính trị.", "UBMTTQ", "Hội CCB"],
    ["Vận động đoàn viên, hội viên tham gia phòng, chống dịch Covid-19.", "Hội LHPN", "Hội ND"],
    ["Thực hiện Chỉ thị số 35-CT/TW về đại hội đảng bộ các cấp.", "LĐLĐ", "UBMTTQ"],
  ];
  await openEditor(page, "Sửa nhiệm vụ");
  for (const [index, [content, lead, support]] of directives.entries()) {
    const label = `Nhiệm vụ ${index + 1}`;
    await page.getByRole("button", { name: "Thêm nhiệm vụ" }).click();
    await page.getByLabel(`Nội dung — ${label}`, { exact: true }).fill(content);
    await page.getByLabel(`Chủ trì thực hiện: ${lead} — ${label}`, { exact: true }).check();
    await page.getByLabel(`Phối hợp: ${support} — ${label}`, { exact: true }).check();
  }
  await page.getByLabel("Thời hạn — Nhiệm vụ 2", { exact: true }).selectOption({ label: "Cuối quý sau" });
  await page.getByRole("button", { name: "Lưu — Kết luận, nhiệm vụ" }).click();
  await expect(page.getByText("Đã lưu các nhiệm vụ.")).toBeVisible();
  await expect(page.getByRole("link", { name: "35-CT/TW" })).toBeVisible();

  await page.getByRole("button", { name: "Chốt lịch họp" }).click();
  await expect(badge(page, "Đã lên lịch")).toBeVisible();
  await page.getByRole("button", { name: "Xác nhận đã họp" }).click();
  await expect(badge(page, "Đã họp")).toBeVisible();
  await expect(page.getByRole("button", { name: "Phê duyệt kết luận" })).toHaveCount(0);

  // A leader approves the conclusion.
  const leaderContext = await browser.newContext();
  const leader = await leaderContext.newPage();
  await signIn(leader, "lanhdao");
  await leader.goto(meetingUrl);
  await leader.getByRole("button", { name: "Phê duyệt kết luận" }).click();
  await expect(badge(leader, "Đã kết luận")).toBeVisible();
  await expect(leader.getByTestId("meeting-history")).toContainText("Lãnh đạo duyệt kết luận hội nghị → Đã kết luận");
  await leaderContext.close();

  // An invited organization sees it; an organization of another unit does not.
  const orgContext = await browser.newContext();
  const org = await orgContext.newPage();
  await signIn(org, "mttq");
  await org.goto(`/meetings?q=${encodeURIComponent("canh ty")}`);
  await expect(org.getByRole("link", { name: TITLE })).toBeVisible();
  await org.goto(meetingUrl);
  await expect(org.getByRole("heading", { name: TITLE })).toBeVisible();
  await expect(org.getByText("Triển khai thực hiện hiệu quả Nghị quyết 54-NQ/TW của Bộ Chính trị.")).toBeVisible();
  await orgContext.close();

  const otherContext = await browser.newContext();
  const other = await otherContext.newPage();
  await signIn(other, "mttq.huyen");
  await other.goto(`/meetings?q=${encodeURIComponent("canh ty")}`);
  await expect(other.getByText("Không có hội nghị nào phù hợp.")).toBeVisible();
  await other.goto(meetingUrl);
  await expect(other.getByRole("heading", { name: TITLE })).toHaveCount(0);
  await expect(other.getByText("Không tìm thấy trang.")).toBeVisible();
  await otherContext.close();
});

test("two secretaries edit the same minutes: the second save gets a conflict and keeps the text", async ({ browser }) => {
  const first = await (await browser.newContext()).newPage();
  const second = await (await browser.newContext()).newPage();
  await signIn(first, "thuky");
  await signIn(second, "thuky");
  await first.goto("/meetings?status=HELD");
  await first.getByRole("row").nth(1).getByRole("link").first().click();
  await expect(first).toHaveURL(/\/meetings\/[a-z0-9]+$/);
  await second.goto(first.url());
  await openEditor(first, "Sửa biên bản");
  await openEditor(second, "Sửa biên bản");

  await first.getByLabel("Kết luận của chủ trì").fill("Bản kết luận của người thứ nhất.");
  await first.getByRole("button", { name: "Lưu — Biên bản" }).click();
  await expect(first.getByText("Đã lưu biên bản.")).toBeVisible();

  const typed = "Bản kết luận của người thứ hai, gõ trên trang cũ.";
  await second.getByLabel("Kết luận của chủ trì").fill(typed);
  await second.getByRole("button", { name: "Lưu — Biên bản" }).click();
  await expect(second.getByRole("alert").filter({ hasText: "Dữ liệu đã được người khác thay đổi" })).toBeVisible();
  await expect(second.getByLabel("Kết luận của chủ trì")).toHaveValue(typed);

  // Having seen the conflict, the second writer saves deliberately on the newer version.
  await second.getByRole("button", { name: "Lưu — Biên bản" }).click();
  await expect(second.getByText("Đã lưu biên bản.")).toBeVisible();
  await first.reload();
  await openEditor(first, "Sửa biên bản");
  await expect(first.getByLabel("Kết luận của chủ trì")).toHaveValue(typed);
});

test("after publication the minutes change only through an amendment with a reason", async ({ page }) => {
  await signIn(page, "thuky");
  await page.goto("/meetings?status=CONCLUDED");
  await page.getByRole("row").nth(1).getByRole("link").first().click();
  await expect(page).toHaveURL(/\/meetings\/[a-z0-9]+$/);
  await page.getByRole("button", { name: "Công bố" }).click();
  await expect(badge(page, "Đã công bố")).toBeVisible();

  const minutes = page.locator("section", {
    has: page.getByRole("heading", { name: "Biên bản", exact: true }),
  });
  await openEditor(minutes, "Sửa biên bản");
  await minutes.getByLabel("Kết luận của chủ trì").fill("Kết luận đã đính chính sau khi công bố.");
  await minutes.getByRole("button", { name: "Lưu — Biên bản" }).click();
  await expect(minutes.getByRole("alert").filter({ hasText: "vui lòng nêu lý do đính chính" })).toBeVisible();
  await expect(minutes.getByLabel("Kết luận của chủ trì")).toHaveValue("Kết luận đã đính chính sau khi công bố.");

  await minutes.getByLabel("Lý do đính chính (bắt buộc vì hội nghị đã công bố)").fill("Sửa lỗi chính tả trong kết luận.");
  await minutes.getByRole("button", { name: "Lưu — Biên bản" }).click();
  await expect(minutes.getByText("Đã lưu biên bản.")).toBeVisible();
  const amendments = page.locator("section", {
    has: page.getByRole("heading", { name: "Đính chính", exact: true }),
  });
  await expect(amendments).toContainText("Lê Thị Thu: Sửa lỗi chính tả trong kết luận.");
  await expect(page.getByTestId("meeting-history")).toContainText("Đính chính (kết luận)");
});
