import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./helpers";

const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
const year = new Date().getFullYear();
// Demo data: the Q2 meeting's directive led by UBMTTQ (supported by the other five), overdue.
const directive = "Rà soát, kiện toàn tổ chức cơ sở hội sau sắp xếp đơn vị hành chính cấp xã.";
const progress = "Đã rà soát 120 chi hội cơ sở, kiện toàn 18 chi hội.";
const result = "Hoàn thành kiện toàn toàn bộ tổ chức cơ sở hội trong tỉnh.";
const confirmedTitle = `Đã xác nhận hoàn thành: ${directive}`;

async function dashboardFigures(page: Page) {
  await page.goto("/dashboard");
  await page.locator("select[name=period]").selectOption({ label: `Quý II/${year}` });
  await page.getByRole("button", { name: "Xem" }).click();
  await expect(page.getByText(`Quý II/${year} ·`)).toBeVisible();
  const chart = page.getByTestId("chart-directives-by-status");
  const count = async (status: string) =>
    Number((await chart.getByRole("link", { name: `— ${status}` }).innerText()).split(/\s/)[0]);
  return {
    done: await count("Hoàn thành"),
    inProgress: await count("Đang thực hiện"),
    overdue: Number((await page.getByTestId("figure-overdue").locator("span").first().innerText()).trim()),
  };
}

async function notificationTitles(page: Page): Promise<string> {
  await page.goto("/notifications");
  await expect(page.getByRole("heading", { name: "Thông báo", level: 1 })).toBeVisible();
  return page.locator("main").innerText();
}

test("an organization reports progress and proposes done, the secretary confirms, the dashboard and the bell follow", async ({
  browser,
}) => {
  test.setTimeout(150_000);
  const rep = await (await browser.newContext()).newPage();
  const secretary = await (await browser.newContext()).newPage();
  const leader = await (await browser.newContext()).newPage();
  const supporter = await (await browser.newContext()).newPage();

  await signIn(leader, "lanhdao");
  const before = await dashboardFigures(leader);

  // The organization's tasks: the board filtered to its own organization, with the overdue flag.
  await signIn(rep, "mttq");
  await rep.getByTestId("sidebar").getByRole("link", { name: "Theo dõi kết luận" }).click();
  await expect(rep.getByRole("heading", { name: "Nhiệm vụ của đơn vị tôi" })).toBeVisible();
  const row = rep.getByTestId("directive-board").getByRole("row").filter({ hasText: directive });
  await expect(row.getByText("Quá hạn")).toBeVisible();
  await row.getByRole("link", { name: directive }).click();
  await expect(rep.getByRole("heading", { name: directive, level: 1 })).toBeVisible();

  // Progress with a percent and an attachment.
  const progressForm = rep.getByRole("form", { name: "Cập nhật tiến độ" });
  await progressForm.getByLabel("Nội dung cập nhật").fill(progress);
  await progressForm.getByLabel("Tỷ lệ hoàn thành (%)").fill("80");
  await progressForm.getByLabel("Tệp đính kèm (không bắt buộc)").setInputFiles({
    name: "Bao cao tien do.pdf",
    mimeType: "application/pdf",
    buffer: PDF,
  });
  await progressForm.getByRole("button", { name: "Cập nhật tiến độ" }).click();
  await expect(rep.getByText("Đã cập nhật tiến độ.")).toBeVisible();
  const timeline = rep.getByTestId("directive-timeline");
  await expect(timeline.getByText(progress)).toBeVisible();
  await expect(timeline.getByText("Cập nhật tiến độ · 80%")).toBeVisible();
  await expect(timeline.getByRole("link", { name: "Bao cao tien do.pdf" })).toBeVisible();

  // A percent out of range keeps the typed text and says why.
  await progressForm.getByLabel("Nội dung cập nhật").fill("Cập nhật thử");
  await progressForm.getByLabel("Tỷ lệ hoàn thành (%)").fill("150");
  await progressForm.getByRole("button", { name: "Cập nhật tiến độ" }).click();
  await expect(progressForm.getByText("Tỷ lệ phải là số nguyên từ 0 đến 100.")).toBeVisible();
  await expect(progressForm.getByLabel("Nội dung cập nhật")).toHaveValue("Cập nhật thử");

  // The lead organization proposes done.
  const proposeForm = rep.getByRole("form", { name: "Đề nghị xác nhận hoàn thành" });
  await proposeForm.getByLabel("Kết quả thực hiện").fill(result);
  await proposeForm.getByRole("button", { name: "Đề nghị xác nhận hoàn thành" }).click();
  await expect(rep.getByText("Đã gửi đề nghị xác nhận hoàn thành.")).toBeVisible();
  await expect(rep.getByText("Đơn vị chủ trì đã đề nghị xác nhận hoàn thành; chờ thư ký xác nhận.")).toBeVisible();
  const directiveUrl = rep.url();

  // The secretary is told, opens it from the bell and confirms.
  await signIn(secretary, "thuky");
  await expect(secretary.getByTestId("notification-count")).toBeVisible();
  await secretary.getByTestId("notification-bell").click();
  // Unread, it opens through the server, which marks it read on the way.
  await secretary.getByRole("button", { name: `Đề nghị xác nhận hoàn thành: ${directive}`, exact: true }).click();
  await expect(secretary).toHaveURL(directiveUrl);
  await secretary.goto("/notifications");
  await expect(secretary.getByRole("link", { name: `Đề nghị xác nhận hoàn thành: ${directive}` })).toBeVisible();
  await secretary.goto(directiveUrl);
  await secretary.getByRole("form", { name: "Xác nhận hoàn thành" }).getByRole("button", { name: "Xác nhận hoàn thành" }).click();
  await expect(secretary.getByTestId("directive-status").getByText("Hoàn thành")).toBeVisible();
  await expect(secretary.getByTestId("directive-status").getByText("Quá hạn")).toHaveCount(0);

  // The dashboard's counts follow: one more done, one fewer in progress and overdue.
  const after = await dashboardFigures(leader);
  expect(after.done).toBe(before.done + 1);
  expect(after.inProgress).toBe(before.inProgress - 1);
  expect(after.overdue).toBe(before.overdue - 1);
  // Every figure leads to the list behind it, for the leader too: on-time reports → the matrix.
  await leader.getByTestId("figure-on-time-rate").click();
  await expect(leader).toHaveURL(/\/reports\/matrix$/);
  await expect(leader.getByRole("heading", { level: 1 })).toContainText("Tình hình nộp báo cáo");

  // The bell: the lead organization's staff see "done confirmed", and can mark it read.
  await rep.goto("/");
  await expect(rep.getByTestId("notification-count")).toBeVisible();
  const repInbox = await notificationTitles(rep);
  expect(repInbox).toContain(confirmedTitle);
  const item = rep.getByRole("listitem").filter({ hasText: confirmedTitle });
  await item.getByRole("button", { name: /Đánh dấu đã đọc/ }).click();
  await expect(item.getByRole("button", { name: /Đánh dấu đã đọc/ })).toHaveCount(0);

  // …and nobody else does: not the supporting organization, the leader or the secretary.
  await signIn(supporter, "ccb");
  expect(await notificationTitles(supporter)).not.toContain(confirmedTitle);
  expect(await notificationTitles(leader)).not.toContain(confirmedTitle);
  expect(await notificationTitles(secretary)).not.toContain(confirmedTitle);
});
