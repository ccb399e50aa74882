import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

test("an admin creates a user, an error keeps what was typed, and the new user signs in", async ({ page, browser }) => {
  await signIn(page, "admin");
  await page.goto("/admin/users");
  const form = page.locator("form", { has: page.getByRole("button", { name: "Thêm người dùng" }) });
  await form.getByLabel("Tên đăng nhập").fill("hoi.nd.moi");
  await form.getByLabel("Họ và tên").fill("Nguyễn Thị Mới");
  await form.getByLabel("Vai trò").selectOption("ORG_REP");
  await form.getByLabel("Mật khẩu ban đầu").fill("ngan");
  await form.getByRole("button", { name: "Thêm người dùng" }).click();
  await expect(form.getByText("Mật khẩu phải có ít nhất 10 ký tự.")).toBeVisible();
  await expect(form.getByLabel("Họ và tên")).toHaveValue("Nguyễn Thị Mới");

  await form.getByLabel("Tổ chức").selectOption({ label: "Hội Nông dân tỉnh" });
  await form.getByLabel("Mật khẩu ban đầu").fill("mat-khau-moi-2026");
  await form.getByRole("button", { name: "Thêm người dùng" }).click();
  await expect(form.getByText("Đã tạo người dùng.")).toBeVisible();
  await expect(page.getByRole("cell", { name: "hoi.nd.moi" })).toBeVisible();

  const context = await browser.newContext();
  const other = await context.newPage();
  await signIn(other, "hoi.nd.moi", "mat-khau-moi-2026");
  await expect(other.getByTestId("current-user")).toHaveText("Nguyễn Thị Mới");
  await context.close();

  await page.goto("/admin/audit?entity=User");
  await expect(page.getByText("user.create").first()).toBeVisible();
});
