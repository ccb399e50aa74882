import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { openEditor, signIn } from "./helpers";

// Issue 13: the organization tree over time. Everything named here is created through the UI;
// the demo's own units and people are only read from the pages.

const stamp = String(Date.now()).slice(-6);

// Each creation waits for its row to appear: the form's success message stays on screen from the
// previous submission, so it proves nothing about the next one.
test.describe.configure({ mode: "serial" });

function pdfText(bytes: Buffer): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "e2e-pdf-"));
  const file = path.join(dir, "file.pdf");
  fs.writeFileSync(file, bytes);
  return execFileSync("pdftotext", [file, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
}

async function signedIn(browser: Browser, username: string, password?: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, username, password);
  return { context, page };
}

/** The signed-in user's own unit, as the home page states their scope. */
async function ownUnitName(page: Page): Promise<string> {
  await page.goto("/");
  const scope = await page
    .getByText(/Phạm vi: /)
    .first()
    .innerText();
  const match = /Phạm vi: (.+?) và các đơn vị trực thuộc/.exec(scope);
  expect(match, scope).not.toBeNull();
  return match![1].trim();
}

async function fillForm(page: Page, formName: string, values: Record<string, string>) {
  const form = page.getByRole("form", { name: formName });
  for (const [label, value] of Object.entries(values)) {
    const field = form.getByLabel(label, { exact: true });
    if ((await field.evaluate((node) => node.tagName)) === "SELECT") await field.selectOption({ label: value });
    else await field.fill(value);
  }
  return form;
}

test("a merger keeps an old commune's meeting in its names, and the successor's secretary reads it only", async ({ browser }) => {
  test.setTimeout(300_000);
  const { context: adminContext, page: admin } = await signedIn(browser, "admin");
  const parentName = await ownUnitName(admin);

  // A province of its own, and two communes.
  await admin.goto("/admin/units");
  let form = await fillForm(admin, "Tạo đơn vị", {
    Mã: `P${stamp}`,
    "Tên đơn vị (vd. Xã Phú Thượng)": `Tỉnh Kiểm Thử ${stamp}`,
    "Loại (tỉnh, thành phố, xã, phường, đặc khu…)": "tỉnh",
    "Tên cấp ủy (vd. Đảng ủy xã Phú Thượng)": `Tỉnh ủy Kiểm Thử ${stamp}`,
    "Ký hiệu cơ quan ban hành (TU, HU, ĐU…)": "TU",
    "Địa danh ghi trước ngày tháng": "Kiểm Thử",
  });
  await form.getByLabel("Cấp", { exact: true }).selectOption("PROVINCE");
  await form.getByRole("button", { name: "Tạo đơn vị" }).click();
  await expect(form.getByText("Đã tạo đơn vị.")).toBeVisible();
  await expect(admin.getByRole("cell", { name: new RegExp(`Tỉnh Kiểm Thử ${stamp}`) })).toBeVisible();

  for (const [code, name] of [
    [`A${stamp}`, `An Lạc ${stamp}`],
    [`B${stamp}`, `Bình Yên ${stamp}`],
  ]) {
    form = await fillForm(admin, "Tạo đơn vị", {
      Mã: code,
      "Tên đơn vị (vd. Xã Phú Thượng)": `Xã ${name}`,
      "Loại (tỉnh, thành phố, xã, phường, đặc khu…)": "xã",
      "Tên cấp ủy (vd. Đảng ủy xã Phú Thượng)": `Đảng ủy xã ${name}`,
      "Địa danh ghi trước ngày tháng": name,
      "Đơn vị cấp trên": parentName,
    });
    await form.getByLabel("Cấp", { exact: true }).selectOption("COMMUNE");
    await form.getByRole("button", { name: "Tạo đơn vị" }).click();
    await expect(admin.getByRole("cell", { name: new RegExp(`Xã ${name}`) }).first()).toBeVisible();
  }

  // A meeting of the first commune, before the merger.
  const { context: secretaryContext, page: secretary } = await signedIn(browser, "thuky");
  await secretary.goto("/meetings/new");
  await secretary.getByLabel("Đơn vị", { exact: true }).selectOption({ label: `Xã An Lạc ${stamp}` });
  const title = `Giao ban Mặt trận xã An Lạc ${stamp}`;
  await secretary.getByLabel("Tiêu đề").fill(title);
  await secretary.getByLabel("Bắt đầu").fill("2026-03-10T08:00");
  await secretary.getByRole("button", { name: "Lên lịch", exact: true }).click();
  await expect(secretary).toHaveURL(/\/meetings\/(?!new\b)[a-z0-9]+$/);
  const meetingUrl = new URL(secretary.url()).pathname;
  await secretaryContext.close();

  // The merger, effective 1 November 2026: both communes end on 31 October.
  await admin.goto("/admin/units");
  form = admin.getByRole("form", { name: "Sáp nhập đơn vị" });
  await form.getByLabel(`Xã An Lạc ${stamp}`).check();
  await form.getByLabel(`Xã Bình Yên ${stamp}`).check();
  await fillForm(admin, "Sáp nhập đơn vị", {
    "Ngày có hiệu lực": "2026-11-01",
    Mã: `M${stamp}`,
    "Tên đơn vị (vd. Xã Phú Thượng)": `Xã Hợp Nhất ${stamp}`,
    "Loại (tỉnh, thành phố, xã, phường, đặc khu…)": "xã",
    "Tên cấp ủy (vd. Đảng ủy xã Phú Thượng)": `Đảng ủy xã Hợp Nhất ${stamp}`,
    "Địa danh ghi trước ngày tháng": "Hợp Nhất",
  });
  await form.getByRole("button", { name: "Sáp nhập đơn vị" }).click();
  await expect(form.getByText(/Đã sáp nhập/)).toBeVisible();
  await expect(admin.getByText(`Kế tục bởi: Xã Hợp Nhất ${stamp}`).first()).toBeVisible();
  await admin.screenshot({ path: "test-results/org-tree-units.png", fullPage: true });

  // A secretary of the new commune.
  await admin.goto("/admin/users");
  const userForm = admin.locator("form", { has: admin.getByRole("button", { name: "Thêm người dùng" }) });
  await userForm.getByLabel("Tên đăng nhập").fill(`thuky.m${stamp}`);
  await userForm.getByLabel("Họ và tên").fill("Trần Thị Kiểm");
  await userForm.getByLabel("Vai trò").selectOption("SECRETARIAT");
  await userForm.getByLabel("Đơn vị").selectOption({ label: `Xã Hợp Nhất ${stamp}` });
  await userForm.getByLabel("Mật khẩu ban đầu").fill("mat-khau-kiem-thu-2026");
  await userForm.getByRole("button", { name: "Thêm người dùng" }).click();
  await expect(admin.getByRole("cell", { name: `thuky.m${stamp}` })).toBeVisible();
  await adminContext.close();

  const { context, page } = await signedIn(browser, `thuky.m${stamp}`, "mat-khau-kiem-thu-2026");
  await page.goto(meetingUrl);
  await expect(page.getByRole("heading", { name: title })).toBeVisible();
  // The page names the unit as it was (the header names the reader's own, new unit).
  const main = page.getByRole("main");
  await expect(main.getByText(`Xã An Lạc ${stamp}`).first()).toBeVisible();
  await expect(main.getByText(`Xã Hợp Nhất ${stamp}`)).toHaveCount(0);
  // Read-only: no editor.
  await expect(page.getByRole("button", { name: /^Lưu/ })).toHaveCount(0);
  await page.screenshot({ path: "test-results/org-tree-old-meeting.png", fullPage: true });
  const pdf = await page.request.get(`${meetingUrl}/minutes.pdf`);
  expect(pdf.status()).toBe(200);
  const text = pdfText(await pdf.body());
  expect(text).toContain(`ĐẢNG ỦY XÃ AN LẠC ${stamp}`);
  expect(text).not.toContain("HỢP NHẤT");
  await context.close();
});

test("a chair with two posts and attendees from the People's Committee and the National Assembly delegation office", async ({
  browser,
}) => {
  test.setTimeout(300_000);
  const { context: adminContext, page: admin } = await signedIn(browser, "admin");
  const unitName = await ownUnitName(admin);

  await admin.goto("/admin/organizations");
  for (const [kind, name, shortName] of [
    ["Ủy ban nhân dân", `Ủy ban nhân dân kiểm thử ${stamp}`, `UBND KT${stamp}`],
    ["Văn phòng Đoàn ĐBQH và HĐND", `Văn phòng Đoàn ĐBQH và HĐND kiểm thử ${stamp}`, `VP Đoàn ĐBQH KT${stamp}`],
  ]) {
    const form = await fillForm(admin, "Thêm cơ quan, tổ chức", {
      "Đơn vị": unitName,
      Loại: kind,
      "Tên đầy đủ": name,
      "Tên viết tắt": shortName,
    });
    await form.getByRole("button", { name: "Thêm cơ quan, tổ chức" }).click();
    await expect(admin.getByText(name).first()).toBeVisible();
  }

  await admin.goto("/admin/people");
  const people: [string, string, string][] = [
    [`Kiểm Thử Phó Chủ Tịch ${stamp}`, "Phó Chủ tịch UBND", `UBND KT${stamp} · ${unitName}`],
    [`Kiểm Thử Đại Biểu ${stamp}`, "Đại diện Văn phòng Đoàn ĐBQH và HĐND", `VP Đoàn ĐBQH KT${stamp} · ${unitName}`],
    [`Kiểm Thử Chủ Trì ${stamp}`, "Bí thư Thành ủy", "—"],
  ];
  for (const [fullName, title, body] of people) {
    const form = await fillForm(admin, "Thêm người", {
      "Đơn vị": unitName,
      "Họ và tên": fullName,
      "Chức vụ (vd. Phó Chủ tịch UBND)": title,
      "Cơ quan": body,
      "Từ ngày": "2020-01-01",
    });
    await form.getByRole("button", { name: "Thêm người" }).click();
    await expect(admin.getByText(fullName).first()).toBeVisible();
  }
  const second = await fillForm(admin, "Thêm chức vụ", {
    Người: `Kiểm Thử Chủ Trì ${stamp} (${unitName})`,
    "Chức vụ (vd. Phó Chủ tịch UBND)": "Chủ tịch HĐND thành phố",
    "Từ ngày": "2021-01-01",
  });
  await second.getByRole("button", { name: "Thêm chức vụ" }).click();
  await expect(second.getByText("Đã thêm chức vụ.")).toBeVisible();
  await admin.screenshot({ path: "test-results/org-tree-people.png", fullPage: true });
  await adminContext.close();

  const { context, page } = await signedIn(browser, "thuky");
  await page.goto("/meetings/new");
  const title = `Giao ban có đại diện UBND và Đoàn ĐBQH ${stamp}`;
  await page.getByLabel("Tiêu đề").fill(title);
  await page.getByLabel("Bắt đầu").fill("2026-11-20T08:00");
  await page
    .getByLabel("Chủ trì")
    .selectOption({ label: `Kiểm Thử Chủ Trì ${stamp} — Bí thư Thành ủy, Chủ tịch HĐND thành phố` });
  await page.getByRole("button", { name: "Lên lịch", exact: true }).click();
  await expect(page).toHaveURL(/\/meetings\/(?!new\b)[a-z0-9]+$/);
  const meetingUrl = new URL(page.url()).pathname;

  await openEditor(page, "Sửa thành phần tham dự");
  const picker = page.getByRole("combobox", { name: "Thêm từ danh bạ" });
  for (const [fullName, title] of people.slice(0, 2)) {
    await picker.selectOption({ label: `${fullName} — ${title}` });
    await page.getByRole("button", { name: "Thêm từ danh bạ" }).click();
  }
  await page.getByRole("button", { name: "Lưu — Thành phần tham dự" }).click();
  await expect(page.getByText("Đã lưu thành phần tham dự.")).toBeVisible();

  const pdf = await page.request.get(`${meetingUrl}/minutes.pdf`);
  expect(pdf.status()).toBe(200);
  const text = pdfText(await pdf.body());
  expect(text).toContain("Bí thư Thành ủy, Chủ tịch HĐND thành phố");
  // Each attendee with their post and their body's full name.
  expect(text).toContain(`Kiểm Thử Phó Chủ Tịch ${stamp}, Phó Chủ tịch UBND Ủy ban nhân dân kiểm thử ${stamp}`);
  expect(text).toContain(`Kiểm Thử Đại Biểu ${stamp}, Đại diện Văn phòng Đoàn ĐBQH và HĐND`);
  expect(text).toContain(`Văn phòng Đoàn ĐBQH và HĐND kiểm thử ${stamp}`);
  await context.close();
});
