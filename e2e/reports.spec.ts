import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./helpers";

const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
const year = new Date().getFullYear();
const period = `Quý IV/${year}`;
// The demo deadline of Q4: 17:00 Vietnam time, five days before the quarter ends.
const deadline = new Date(`${year}-12-26T10:00:00Z`);
const recommendation = "Đề nghị hỗ trợ kinh phí tổ chức gặp mặt cựu chiến binh dịp 22/12.";
const answer = "Giao Văn phòng Tỉnh ủy cân đối kinh phí trong quý I năm sau.";

async function submitWithConfirmation(page: Page) {
  await page.getByRole("button", { name: "Nộp báo cáo" }).click();
  const dialog = page.getByRole("dialog", { name: "Xác nhận nộp báo cáo" });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Xác nhận nộp" }).click();
  await expect(page.getByText("Đã nộp báo cáo.")).toBeVisible();
  await expect(page.getByText("Báo cáo đã nộp, chỉ xem.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Lưu nháp" })).toHaveCount(0);
}

test("a report goes from the organization to the secretariat and back, and the leader answers its recommendation", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const rep = await (await browser.newContext()).newPage();
  const secretary = await (await browser.newContext()).newPage();
  const leader = await (await browser.newContext()).newPage();

  // The organization opens the quarter it owes.
  await signIn(rep, "ccb");
  await rep.goto("/reports");
  await rep.getByRole("button", { name: `Soạn báo cáo ${period}` }).click();
  await expect(rep.getByRole("heading", { name: new RegExp(period) })).toBeVisible();
  const reportUrl = rep.url();

  const form = rep.getByRole("form", { name: "Soạn báo cáo" });
  await form.getByLabel("Kết quả đạt được").fill("Kết nạp hội viên mới, phối hợp giải ngân vốn vay ủy thác.");
  await form.getByLabel("Tồn tại, hạn chế, khó khăn").fill("Kinh phí hoạt động của chi hội cơ sở còn hạn chế.");
  await form.getByLabel("Nhiệm vụ trọng tâm kỳ tới").fill("Tổng kết công tác Hội năm " + year + ".");
  await form.getByLabel("Hội viên kết nạp mới (người)").fill("-3");
  await form.getByLabel("Dư nợ vốn vay ủy thác (đ)").fill("1500000000");
  await form.getByLabel("Nội dung đề xuất 1").fill(recommendation);
  await form.getByLabel("Kính gửi (đề xuất 1)").fill("Thường trực Tỉnh ủy");

  // Autosave keeps the text in a draft that is offered back after a reload.
  await expect(form.getByText(/Đã tự động lưu lúc/)).toBeVisible();
  await rep.reload();
  await expect(rep.getByText(/Có bản nháp tự động lưu/)).toBeVisible();
  await rep.getByRole("button", { name: "Khôi phục bản nháp" }).click();
  await expect(form.getByLabel("Nội dung đề xuất 1")).toHaveValue(recommendation);

  // A negative figure is refused with a message; nothing typed is lost.
  await form.getByRole("button", { name: "Lưu nháp" }).click();
  await expect(form.getByText("Không được là số âm.")).toBeVisible();
  await expect(form.getByLabel("Kết quả đạt được")).toHaveValue("Kết nạp hội viên mới, phối hợp giải ngân vốn vay ủy thác.");
  await expect(form.getByLabel("Dư nợ vốn vay ủy thác (đ)")).toHaveValue("1.500.000.000");
  await form.getByLabel("Hội viên kết nạp mới (người)").fill("25");
  await form.getByRole("button", { name: "Lưu nháp" }).click();
  await expect(form.getByText("Đã lưu bản nháp.")).toBeVisible();

  // A file whose content is not what its name says is refused.
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
  await rep.getByLabel("Chọn tệp").setInputFiles({ name: "gia-mao.pdf", mimeType: "application/pdf", buffer: png });
  await rep.getByRole("button", { name: "Tải lên" }).click();
  await expect(rep.getByText("Nội dung tệp không đúng với loại tệp theo tên (phần mở rộng).").first()).toBeVisible();

  // A PDF attachment, checked by its content.
  await rep.getByLabel("Chọn tệp").setInputFiles({ name: "bao-cao-quy-iv.pdf", mimeType: "application/pdf", buffer: PDF });
  await rep.getByRole("button", { name: "Tải lên" }).click();
  await expect(rep.getByRole("link", { name: "bao-cao-quy-iv.pdf" })).toBeVisible();

  await submitWithConfirmation(rep);

  // The secretary finds it in the inbox and returns it with a reason.
  await signIn(secretary, "thuky");
  await secretary.goto("/reports?status=SUBMITTED");
  await expect(secretary.getByRole("heading", { name: "Báo cáo chờ xem xét" })).toBeVisible();
  await secretary.goto(reportUrl);
  await expect(secretary.getByText("1.500.000.000 đ")).toBeVisible();
  const returnForm = secretary.getByRole("form", { name: "Trả lại" });
  await returnForm.getByRole("button", { name: "Trả lại" }).click();
  await expect(returnForm.getByText("Vui lòng nhập thông tin này.")).toBeVisible();
  await returnForm.getByLabel("Lý do trả lại").fill("Bổ sung số hội viên kết nạp mới theo từng huyện.");
  await returnForm.getByRole("button", { name: "Trả lại" }).click();
  await expect(secretary.getByText("Đã trả lại báo cáo.")).toBeVisible();

  // The organization sees the reason, corrects and resubmits.
  await rep.goto(reportUrl);
  await expect(rep.getByTestId("return-reason")).toContainText("Bổ sung số hội viên kết nạp mới theo từng huyện.");
  await form.getByLabel("Hội viên kết nạp mới (người)").fill("31");
  await submitWithConfirmation(rep);

  // The secretary accepts; both versions are kept.
  await secretary.goto(reportUrl);
  await secretary.getByRole("form", { name: "Tiếp nhận" }).getByRole("button", { name: "Tiếp nhận" }).click();
  await expect(secretary.getByText("Đã tiếp nhận báo cáo.")).toBeVisible();
  await secretary.reload();
  await expect(secretary.getByText("Đã tiếp nhận", { exact: true }).first()).toBeVisible();
  await expect(secretary.getByRole("link", { name: "Lần nộp 1" })).toBeVisible();
  await secretary.getByRole("link", { name: "Lần nộp 1" }).click();
  await expect(secretary.getByText("25 người")).toBeVisible();

  // The matrix shows the cell on time (or late after the deadline).
  await secretary.goto(`/reports/matrix?year=${year}`);
  await expect(secretary.getByTestId(`cell-Hội CCB-${period}`)).toHaveText(
    Date.now() <= deadline.getTime() ? "Đúng hạn" : "Muộn",
  );

  // The leader answers the recommendation; the organization sees the answer on its report.
  await signIn(leader, "lanhdao");
  await leader.goto("/recommendations");
  const item = leader.getByTestId("recommendation").filter({ hasText: recommendation });
  await item.getByLabel("Nội dung trả lời").fill(answer);
  await item.getByRole("button", { name: "Lưu trả lời" }).click();
  await expect(item.getByText("Đã lưu trả lời.")).toBeVisible();

  await rep.goto(reportUrl);
  await expect(rep.getByTestId("report-recommendations")).toContainText(answer);
  await expect(rep.getByTestId("report-recommendations")).toContainText("Đã trả lời");

  // The attachment downloads for the organization, and is refused to another organization.
  const attachmentHref = await rep.getByRole("link", { name: "bao-cao-quy-iv.pdf" }).getAttribute("href");
  const own = await rep.request.get(attachmentHref!);
  expect(own.status()).toBe(200);
  expect(own.headers()["content-type"]).toBe("application/pdf");
  const other = await (await browser.newContext()).newPage();
  await signIn(other, "mttq");
  expect((await other.request.get(attachmentHref!)).status()).toBe(403);
  expect((await other.goto(reportUrl))?.status()).toBe(403);
});

test("an organization cannot open another organization's report", async ({ page }) => {
  await signIn(page, "thuky");
  await page.goto("/reports?status=SUBMITTED");
  const href = await page
    .getByRole("link", { name: /Xem Ủy ban Mặt trận/ })
    .first()
    .getAttribute("href");
  expect(href).toBeTruthy();
  await page.context().clearCookies();
  await signIn(page, "ccb");
  const response = await page.goto(href!);
  expect(response?.status()).toBe(403);
});

test("an admin generates next year's quarters in one step and sets a unit's deadline", async ({ page }) => {
  const next = year + 1;
  await signIn(page, "admin");
  await page.goto("/admin/periods");
  const form = page.getByRole("form", { name: "Tạo kỳ báo cáo của một năm" });
  await form.getByLabel("Năm", { exact: true }).fill(String(next));
  await form.getByRole("button", { name: "Tạo các kỳ" }).click();
  await expect(form.getByText("Đã tạo hoặc cập nhật 4 kỳ báo cáo.")).toBeVisible();
  const period = page.getByTestId("period").filter({ hasText: `Quý I/${next}` });
  await expect(period).toContainText(`17:00, 26/03/${next}`);
  const deadline = page.getByRole("form", { name: `Lưu hạn nộp Quý I/${next}` });
  await deadline.getByLabel("Ngày", { exact: true }).fill(`${next}-03-20`);
  await deadline.getByLabel("Giờ", { exact: true }).fill("11:30");
  await deadline.getByRole("button", { name: "Lưu hạn nộp" }).click();
  await expect(period).toContainText(`11:30, 20/03/${next}`);
});
