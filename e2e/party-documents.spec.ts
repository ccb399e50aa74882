import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test, type APIResponse, type TestInfo } from "@playwright/test";
import { PDFDocument, StandardFonts } from "pdf-lib";
import { openEditor, signIn } from "./helpers";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "e2e-party-"));

async function twoPagePdf(): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const n of [1, 2]) doc.addPage([595, 842]).drawText(`PHU LUC TRANG ${n}`, { x: 100, y: 700, size: 24, font });
  return Buffer.from(await doc.save());
}

async function savePdf(name: string, response: APIResponse): Promise<string> {
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  const file = path.join(dir, `${name}.pdf`);
  fs.writeFileSync(file, await response.body());
  return file;
}

/** Page 1 as PNG, attached to the report (and kept under PARTY_PNG_DIR when set, to look at). */
async function attachFirstPage(name: string, file: string, testInfo: TestInfo) {
  const prefix = path.join(dir, name);
  execFileSync("pdftoppm", ["-r", "70", "-png", "-f", "1", "-l", "1", "-singlefile", file, prefix]);
  await testInfo.attach(`${name}-page-1.png`, { path: `${prefix}.png`, contentType: "image/png" });
  if (process.env.PARTY_PNG_DIR) fs.copyFileSync(`${prefix}.png`, path.join(process.env.PARTY_PNG_DIR, `${name}.png`));
}

test("a meeting's notice, minutes and dossier with an uploaded PDF, checked with pdfinfo/pdftotext and rendered to PNG", async ({
  page,
}, testInfo) => {
  test.setTimeout(300_000);
  page.on("dialog", (dialog) => dialog.accept());
  await signIn(page, "thuky");
  // Any concluded meeting the secretary may work on, read from the list (no demo names).
  await page.goto("/meetings?status=PUBLISHED");
  const link = page.locator("main table a[href^='/meetings/']").first();
  await link.click();
  await expect(page).toHaveURL(/\/meetings\/[a-z0-9]+$/);
  const meetingPath = new URL(page.url()).pathname;

  // Attachments: an empty file is refused by name and the chosen kind stays; a real PDF is taken.
  const section = page.getByTestId("meeting-attachments");
  await openEditor(section, "Thêm tài liệu");
  await section.getByLabel("Loại tài liệu").selectOption("PROGRAMME");
  const fileInput = section.getByLabel("Tệp (PDF, DOCX, XLSX, JPEG, PNG)");
  await fileInput.setInputFiles({ name: "rong.pdf", mimeType: "application/pdf", buffer: Buffer.alloc(0) });
  await section.getByRole("button", { name: "Tải lên" }).click();
  await expect(section.getByText('Tệp "rong.pdf" rỗng (0 byte)').first()).toBeVisible();
  await expect(section.getByLabel("Loại tài liệu")).toHaveValue("PROGRAMME");
  await fileInput.setInputFiles({ name: "chuong-trinh.pdf", mimeType: "application/pdf", buffer: await twoPagePdf() });
  await section.getByRole("button", { name: "Tải lên" }).click();
  await expect(section.getByText('Đã tải lên "chuong-trinh.pdf".')).toBeVisible();
  await expect(section.getByRole("link", { name: "chuong-trinh.pdf" })).toBeVisible();

  // The dossier: cover, contents, the attachment's pages, numbered throughout.
  const dossier = await savePdf("dossier", await page.request.get(`${meetingPath}/dossier.pdf`));
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [dossier], { encoding: "utf8" }))![1]);
  const perPage = execFileSync("pdftotext", ["-layout", dossier, "-"], { encoding: "utf8" }).normalize("NFC").split("\f");
  expect(perPage[0]).toContain("HỒ SƠ HỘI NGHỊ");
  expect(perPage[1]).toContain("MỤC LỤC");
  expect(perPage[1]).toContain("chuong-trinh.pdf");
  expect(perPage.join(" ")).toContain("PHU LUC TRANG 1");
  expect(perPage.join(" ")).toContain("PHU LUC TRANG 2");
  for (let number = 1; number <= pages; number += 1) expect(perPage[number - 1]).toContain(`${number}/${pages}`);
  await attachFirstPage("dossier", dossier, testInfo);

  // The same dossier built in the background: progress, then the download offered.
  const builder = page.getByTestId("dossier-builder");
  await builder.getByRole("button", { name: "Lập hồ sơ (chạy nền)" }).click();
  await expect(builder.getByText("Hồ sơ đã lập xong.")).toBeVisible({ timeout: 60_000 });
  await expect(builder.getByRole("link", { name: "Hồ sơ hội nghị (PDF)" })).toHaveAttribute("href", `${meetingPath}/dossier.pdf`);

  // The minutes.
  const minutes = await savePdf("minutes", await page.request.get(`${meetingPath}/minutes.pdf`));
  const minutesText = execFileSync("pdftotext", [minutes, "-"], { encoding: "utf8" }).normalize("NFC").replace(/\s+/g, " ");
  expect(minutesText).toContain("BIÊN BẢN");
  expect(minutesText).toMatch(/Có mặt: \d+\/\d+ đại biểu/);
  expect(minutesText).toContain("Biên bản kết thúc lúc");
  await attachFirstPage("minutes", minutes, testInfo);

  // The notice: the issued one if any, else a new draft's preview.
  const panel = page.getByTestId("notice-panel");
  const draftButton = panel.getByRole("button", { name: "Soạn thông báo kết luận" });
  if (await draftButton.isVisible()) {
    await draftButton.click();
    await expect(panel.getByText("Dự thảo", { exact: true })).toBeVisible();
  }
  const noticeHref = await panel.locator("a[href^='/api/notices/'][href$='/pdf']").first().getAttribute("href");
  const notice = await savePdf("notice", await page.request.get(noticeHref!));
  const noticeText = execFileSync("pdftotext", [notice, "-"], { encoding: "utf8" }).normalize("NFC").replace(/\s+/g, " ");
  expect(noticeText).toContain("ĐẢNG CỘNG SẢN VIỆT NAM");
  expect(noticeText).toContain("THÔNG BÁO KẾT LUẬN");
  expect(noticeText).toMatch(/ngày \d{2} tháng \d{2} năm \d{4}/);
  expect(noticeText).toContain("Nơi nhận:");
  await attachFirstPage("notice", notice, testInfo);
});
