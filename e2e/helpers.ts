import { expect, type Locator, type Page } from "@playwright/test";

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

/**
 * Opens a meeting section's editor by its button ("Sửa biên bản"), or finds it already open (a
 * minutes draft opens its editor by itself); waits until the editor's own fields have arrived.
 * Pressed again until the page has hydrated: a click before that does nothing.
 */
export async function openEditor(scope: Page | Locator, name: string) {
  const button = scope.getByRole("button", { name, exact: true });
  const editor = scope.getByRole("group", { name, exact: true });
  await expect(async () => {
    if (await button.isVisible()) await button.click();
    await expect(editor).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  await expect(editor.getByRole("status").filter({ hasText: "Đang mở phần soạn thảo" })).toHaveCount(0, { timeout: 20_000 });
  return editor;
}
