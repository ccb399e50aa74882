import fs from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { Document, Packer, Paragraph, TextRun } from "docx";
import { signIn } from "./helpers";

// The press report of 24/3/2020 (../shared/corpus), read at test time: its text is not copied into the project.
const ARTICLE = path.resolve(process.cwd(), "../shared/corpus/000_1c528c825f9c3f32.txt");
const FIELDS = [
  "f-title",
  "f-kind",
  "f-date",
  "f-chair-name",
  "f-chair-position",
  "f-represented",
  "f-shortcomings",
  "f-directives",
];

/** Every server answer of the test: none may be a 500. */
function watchServerErrors(page: Page): number[] {
  const errors: number[] = [];
  page.on("response", (response) => {
    if (response.status() >= 500) errors.push(response.status());
  });
  return errors;
}

async function draftValues(page: Page): Promise<Record<string, string>> {
  await expect(page.getByTestId("import-review")).toBeVisible({ timeout: 30_000 });
  const values: Record<string, string> = {};
  for (const id of FIELDS) values[id] = await page.locator(`#${id}`).inputValue();
  return values;
}

async function readFile(page: Page, name: string, mimeType: string, buffer: Buffer) {
  await page.goto("/meetings/import");
  await page.locator("#import-file").setInputFiles({ name, mimeType, buffer });
  await page.getByRole("button", { name: "Đọc bản nháp" }).click();
}

test.skip(!fs.existsSync(ARTICLE), "../shared/corpus is not here");

test("a secretary imports a press report, corrects a field and confirms; .docx and .html give the same draft", async ({
  page,
}) => {
  test.setTimeout(240_000);
  const errors = watchServerErrors(page);
  const text = fs.readFileSync(ARTICLE, "utf8");
  const paragraphs = text.split("\n");
  await signIn(page, "thuky");

  // Uploads first: the same article as .docx and as a saved web page.
  const docx = new Document({ sections: [{ children: paragraphs.map((p) => new Paragraph({ children: [new TextRun(p)] })) }] });
  await readFile(
    page,
    "bai-viet.docx",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    await Packer.toBuffer(docx),
  );
  const fromDocx = await draftValues(page);
  const html = `<!doctype html><html><head><meta charset="utf-8"><title>x</title><script>var x = 1;</script></head><body><nav><a href="/">Trang chủ</a></nav>${paragraphs
    .map((p) => `<p>${p.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</p>`)
    .join("\n")}</body></html>`;
  await readFile(page, "bai-viet.html", "text/html", Buffer.from(html, "utf8"));
  const fromHtml = await draftValues(page);

  // Paste.
  await page.goto("/meetings/import");
  await page.getByLabel("Nội dung bài viết").fill(text);
  await page.getByRole("button", { name: "Đọc bản nháp" }).click();
  const pasted = await draftValues(page);
  expect(fromDocx).toEqual(pasted);
  expect(fromHtml).toEqual(pasted);
  expect(pasted["f-chair-name"]).toBe("Bùi Thanh Hà");
  expect(pasted["f-date"]).toBe("2020-03-24");
  expect(pasted["f-directives"].split("\n")).toHaveLength(7);

  // Focusing a field highlights its sentence in the source.
  await page.locator("#f-chair-position").focus();
  await expect(page.getByTestId("import-highlight")).toContainText(
    "đồng chí Bùi Thanh Hà, Phó Bí thư Thường trực Tỉnh ủy chủ trì",
  );
  await page.locator("#f-date").focus();
  await expect(page.getByTestId("import-highlight")).toContainText("Chiều ngày 24/3");
  await page.screenshot({ path: "test-results/import-review.png", fullPage: true });

  // Correct one field (the report gives no place), make sure unit and period are chosen, confirm.
  await page.locator("#f-place").fill("Hội trường Tỉnh ủy");
  if (!(await page.locator("#f-unit").inputValue())) await page.locator("#f-unit").selectOption({ index: 1 });
  if (!(await page.locator("#f-period").inputValue())) await page.locator("#f-period").selectOption({ label: "Quý I/2020" });
  await page.getByRole("button", { name: "Xác nhận và tạo hội nghị" }).click();
  await expect(page).toHaveURL(/\/meetings\/[a-z0-9]+$/, { timeout: 30_000 });

  // The meeting page shows the facts.
  await expect(page.getByRole("heading", { name: pasted["f-title"] })).toBeVisible();
  const body = page.locator("main");
  await expect(body).toContainText("Bùi Thanh Hà");
  await expect(body).toContainText("Phó Bí thư Thường trực Tỉnh ủy");
  await expect(body).toContainText("24/03/2020");
  await expect(body).toContainText("Hội trường Tỉnh ủy");
  await expect(body).toContainText("Quý I/2020");
  await expect(body).toContainText("54-NQ/TW");
  await expect(body).toContainText("172-TB/TW");
  await expect(body).toContainText("Mặt trận Tổ quốc tỉnh");
  for (const directive of pasted["f-directives"].split("\n")) await expect(body).toContainText(directive.slice(0, 60));
  await page.screenshot({ path: "test-results/import-meeting.png", fullPage: true });
  expect(errors).toEqual([]);
});

test("bad input gets a clear message, nothing is saved and the server never answers 500", async ({ page }) => {
  test.setTimeout(180_000);
  const errors = watchServerErrors(page);
  await signIn(page, "thuky");
  const cases: [string, () => Promise<void>, RegExp][] = [
    ["empty", async () => {}, /Văn bản trống/],
    [
      "jpeg",
      () =>
        page.locator("#import-file").setInputFiles({
          name: "anh.txt",
          mimeType: "text/plain",
          buffer: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01]),
        }),
      /không phải văn bản/,
    ],
    [
      "20 MB",
      () =>
        page.locator("#import-file").setInputFiles({
          name: "lon.txt",
          mimeType: "text/plain",
          buffer: Buffer.alloc(20 * 1024 * 1024, "Hội nghị giao ban. "),
        }),
      /quá lớn/,
    ],
    [
      "english",
      () =>
        page
          .getByLabel("Nội dung bài viết")
          .fill("The provincial committee met the Fatherland Front on Tuesday to review the first quarter."),
      /Không tìm thấy hội nghị/,
    ],
  ];
  for (const [, prepare, message] of cases) {
    await page.goto("/meetings/import");
    await prepare();
    await page.getByRole("button", { name: "Đọc bản nháp" }).click();
    await expect(page.getByRole("alert").filter({ hasText: message })).toBeVisible({ timeout: 30_000 });
    await expect(page.getByTestId("import-review")).toHaveCount(0);
  }
  expect(errors).toEqual([]);
});
