import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test, type APIResponse } from "@playwright/test";
import JSZip from "jszip";
import { signIn } from "./helpers";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "e2e-consolidated-"));

async function save(name: string, response: APIResponse, type: string): Promise<string> {
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe(type);
  const file = path.join(dir, name);
  fs.writeFileSync(file, await response.body());
  return file;
}

const pdfText = (file: string) => execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");

test("the Ban Dân vận's report: drafted from the period's unit reports, edited, approved by a leader, issued, downloaded", async ({
  browser,
}, testInfo) => {
  test.setTimeout(240_000);
  const secretary = await browser.newPage();
  secretary.on("dialog", (dialog) => dialog.accept());
  await signIn(secretary, "thuky");
  await secretary.getByRole("link", { name: "Báo cáo tổng hợp" }).first().click();
  await expect(secretary).toHaveURL(/\/consolidated-reports$/);
  // The latest period whose unit reports were submitted.
  const draftable = secretary
    .locator("main tbody tr")
    .filter({ has: secretary.getByRole("button", { name: "Soạn từ báo cáo đơn vị" }) })
    .first();
  const period = (await draftable.locator("td").first().innerText()).trim();
  await draftable.getByRole("button", { name: "Soạn từ báo cáo đơn vị" }).click();
  const open = secretary
    .locator("main tbody tr")
    .filter({ has: secretary.getByRole("cell", { name: period, exact: true }) })
    .getByRole("link", { name: "Mở" });
  await expect(open).toBeVisible();
  await open.click();
  await expect(secretary).toHaveURL(/\/consolidated-reports\/[a-z0-9]+$/);
  const reportPath = new URL(secretary.url()).pathname;

  // Drafted from the digest; the secretariat edits it.
  const situation = secretary.getByLabel("I. Tình hình chung");
  await expect(situation).toHaveValue(/cơ quan, đơn vị đã gửi báo cáo/);
  await situation.fill("Tình hình nhân dân ổn định; Mặt trận và các đoàn thể bám sát cơ sở.");
  await secretary.getByLabel("Người ký").fill("Nguyễn Thị Trưởng");
  await secretary.getByRole("button", { name: "Lưu" }).click();
  await expect(secretary.getByText("Đã lưu dự thảo.")).toBeVisible();

  const draftPdf = await save("draft.pdf", await secretary.request.get(`${reportPath}/report.pdf`), "application/pdf");
  expect(pdfText(draftPdf)).toContain("DỰ THẢO");
  await secretary.getByRole("button", { name: "Trình duyệt" }).click();
  // The step's form goes with the step; the status says where the report stands.
  await expect(secretary.getByText("Chờ duyệt", { exact: true })).toBeVisible();

  // A leader approves.
  const leader = await browser.newPage();
  await signIn(leader, "lanhdao");
  await leader.goto(reportPath);
  await leader.getByRole("button", { name: "Duyệt", exact: true }).click();
  await expect(leader.getByText("Đã duyệt", { exact: true })).toBeVisible();

  // The secretariat issues it with the register's next number.
  await secretary.reload();
  await secretary.getByRole("button", { name: "Cấp số và ban hành" }).click();
  await expect(secretary.getByText("Đã ban hành", { exact: true })).toBeVisible();
  await expect(secretary.getByText(/Số \d+-BC\/BDVTU/)).toBeVisible();

  const pdf = await save("issued.pdf", await secretary.request.get(`${reportPath}/report.pdf`), "application/pdf");
  const text = pdfText(pdf);
  expect(text).toContain("BAN DÂN VẬN");
  expect(text).toMatch(/Số \d+-BC\/BDVTU/);
  expect(text).toContain("tình hình hoạt động của Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội");
  expect(text).toContain("Tình hình nhân dân ổn định; Mặt trận và các đoàn thể bám sát cơ sở.");
  expect(text).toContain("T/M BAN DÂN VẬN");
  expect(text).toContain("Nguyễn Thị Trưởng");
  expect(text).not.toContain("DỰ THẢO");
  const docx = await save(
    "issued.docx",
    await secretary.request.get(`${reportPath}/report.docx`),
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  );
  const xml = await (await JSZip.loadAsync(fs.readFileSync(docx))).file("word/document.xml")!.async("string");
  expect(xml).toMatch(/Số \d+-BC\/BDVTU/);
  expect(xml).not.toContain("DỰ THẢO");

  const prefix = path.join(dir, "consolidated-report");
  execFileSync("pdftoppm", ["-r", "70", "-png", "-f", "1", "-l", "1", "-singlefile", pdf, prefix]);
  await testInfo.attach("consolidated-report-page-1.png", { path: `${prefix}.png`, contentType: "image/png" });
  if (process.env.PARTY_PNG_DIR)
    fs.copyFileSync(`${prefix}.png`, path.join(process.env.PARTY_PNG_DIR, "consolidated-report.png"));
});
