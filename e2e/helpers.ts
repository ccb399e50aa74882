import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = process.env.DEMO_PASSWORD ?? "giaoban-demo";

export async function signIn(page: Page, username: string, password = DEMO_PASSWORD) {
  await page.goto("/login");
  await page.getByLabel("Tên đăng nhập").fill(username);
  await page.getByLabel("Mật khẩu").fill(password);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page.getByTestId("current-user")).toBeVisible();
}

/** The labels of the desktop sidebar's links, in order. */
export async function sidebarLinks(page: Page): Promise<string[]> {
  return page.getByTestId("sidebar").getByRole("link").allInnerTexts();
}
