import { expect, test } from "@playwright/test";
import { sidebarLinks, signIn } from "./helpers";

const EXPECTED_NAV: Record<string, string[]> = {
  admin: ["Trang chủ", "Hội nghị giao ban", "Văn bản trích dẫn", "Người dùng", "Đơn vị", "Kỳ báo cáo", "Nhật ký hệ thống"],
  thuky: [
    "Trang chủ",
    "Hội nghị giao ban",
    "Báo cáo đơn vị",
    "Tình hình nộp báo cáo",
    "Báo cáo tổng hợp",
    "Đề xuất, kiến nghị",
    "Theo dõi kết luận",
    "Bảng điều hành",
    "Văn bản trích dẫn",
  ],
  lanhdao: [
    "Trang chủ",
    "Hội nghị giao ban",
    "Báo cáo đơn vị",
    "Tình hình nộp báo cáo",
    "Báo cáo tổng hợp",
    "Đề xuất, kiến nghị",
    "Theo dõi kết luận",
    "Bảng điều hành",
    "Văn bản trích dẫn",
  ],
  mttq: ["Trang chủ", "Hội nghị giao ban", "Báo cáo đơn vị", "Đề xuất, kiến nghị", "Theo dõi kết luận", "Văn bản trích dẫn"],
  xem: ["Trang chủ", "Hội nghị giao ban", "Văn bản trích dẫn"],
};

test.describe("sign-in and navigation per role", () => {
  for (const [username, expected] of Object.entries(EXPECTED_NAV)) {
    test(`${username} sees exactly the navigation of their role`, async ({ page }) => {
      await signIn(page, username);
      expect(await sidebarLinks(page)).toEqual(expected);
    });
  }
});

test("a wrong password shows the error and keeps the username", async ({ page }) => {
  await page.goto("/login");
  await expect(page.getByRole("heading", { name: "Đăng nhập" })).toBeVisible();
  await page.getByLabel("Tên đăng nhập").fill("thuky");
  await page.getByLabel("Mật khẩu").fill("sai-mat-khau");
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "không đúng" })).toHaveText("Tên đăng nhập hoặc mật khẩu không đúng.");
  await expect(page.getByLabel("Tên đăng nhập")).toHaveValue("thuky");
});

test("a signed-out visit to a protected page redirects to sign-in and back", async ({ page }) => {
  await page.goto("/admin/users");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fadmin%2Fusers/);
  await page.getByLabel("Tên đăng nhập").fill("admin");
  await page.getByLabel("Mật khẩu").fill("giaoban-demo");
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page).toHaveURL(/\/admin\/users$/);
  await expect(page.getByRole("heading", { name: "Người dùng", exact: true })).toBeVisible();
});

test("an ORG_REP opening an admin URL is refused", async ({ page }) => {
  await signIn(page, "mttq");
  const response = await page.goto("/admin/users");
  expect(response?.status()).toBe(403);
  await expect(page.getByText("Bạn không có quyền truy cập trang này.")).toBeVisible();
  await expect(page.getByRole("table")).toHaveCount(0);
});

test("signing out ends the session", async ({ page }) => {
  await signIn(page, "xem");
  await page.getByRole("button", { name: "Đăng xuất" }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto("/");
  await expect(page).toHaveURL(/\/login/);
});

test("responses carry the security headers", async ({ request }) => {
  const response = await request.get("/login");
  const csp = response.headers()["content-security-policy"];
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).not.toContain("unsafe-eval");
  expect(response.headers()["x-content-type-options"]).toBe("nosniff");
  expect(response.headers()["referrer-policy"]).toBe("strict-origin-when-cross-origin");
});

test("the health endpoint answers", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok" });
});
