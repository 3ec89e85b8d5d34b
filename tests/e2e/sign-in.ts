import { expect, type Page } from "@playwright/test";

/** Signs in through the form as a demo account (every demo account has the password "thidua-demo"). */
export async function signIn(page: Page, username: string): Promise<void> {
  await page.context().clearCookies();
  await page.goto("/dang-nhap");
  await page.getByRole("textbox", { name: "Tên đăng nhập", exact: true }).fill(username);
  await page.getByRole("textbox", { name: "Mật khẩu", exact: true }).fill("thidua-demo");
  await page.getByRole("button", { name: "Đăng nhập", exact: true }).click();
  await expect(page).not.toHaveURL(/\/dang-nhap/);
}
