import { expect, type Page } from "@playwright/test";
import { axeViolations } from "./axe";
import { test } from "./fixtures";

const CLUSTER = "Cụm thi đua Ban Tuyên giáo các thị ủy, thành ủy";
const MEMBERS = [
  "Ban Tuyên giáo Thành ủy Hạ Long",
  "Ban Tuyên giáo Thành ủy Uông Bí",
  "Ban Tuyên giáo Thị ủy Quảng Yên",
  "Ban Tuyên giáo Thị ủy Đông Triều",
  "Ban Tuyên giáo Thành ủy Cẩm Phả",
  "Ban Tuyên giáo Thành ủy Móng Cái",
];

const signIn = async (page: Page, username: string, password: string) => {
  await page.goto("/dang-nhap");
  await page.getByRole("textbox", { name: "Tên đăng nhập", exact: true }).fill(username);
  await page.getByRole("textbox", { name: "Mật khẩu", exact: true }).fill(password);
  await page.getByRole("button", { name: "Đăng nhập", exact: true }).click();
};

test("a unit editor signs in, opens the 2020 cluster and sees its six members", async ({ page }) => {
  await signIn(page, "halong", "thidua-demo");
  await expect(page).not.toHaveURL(/\/dang-nhap/);

  const nav = page.getByRole("navigation", { name: "Điều hướng chính" });
  await nav.getByRole("link", { name: "Cụm thi đua", exact: true }).click();
  await expect(page).toHaveURL(/\/cum(\?|$)/);
  await page.getByRole("combobox", { name: "Năm" }).selectOption("2020");
  await expect(page).toHaveURL(/year=2020/);

  await page.getByRole("link", { name: CLUSTER, exact: true }).click();
  await expect(page).toHaveURL(/\/cum\/[^/?]+/);
  await expect(page.getByRole("heading", { level: 1, name: CLUSTER })).toBeVisible();

  const members = page.getByRole("table", { name: "Đơn vị thành viên" });
  await expect(members).toBeVisible();
  for (const name of MEMBERS) {
    await expect(members.getByRole("link", { name, exact: true })).toBeVisible();
  }
  await expect(members.getByRole("row")).toHaveCount(MEMBERS.length + 1);
  await page.screenshot({ path: test.info().outputPath("cluster-2020.png"), fullPage: true });
});

test("a wrong password shows the Vietnamese error and keeps the username typed", async ({ page }) => {
  await signIn(page, "halong", "sai-mat-khau");
  const alert = page.getByRole("alert").filter({ hasText: "Đăng nhập không thành công" });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText("Tên đăng nhập hoặc mật khẩu không đúng.");
  await expect(page).toHaveURL(/\/dang-nhap/);
  await expect(page.getByRole("textbox", { name: "Tên đăng nhập", exact: true })).toHaveValue("halong");
});

test("the sign-in and cluster pages have no WCAG 2.1 AA violations (axe-core)", async ({ page }) => {
  await page.goto("/dang-nhap");
  await expect(page.getByRole("button", { name: "Đăng nhập", exact: true })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  await signIn(page, "cumtruong", "thidua-demo");
  await expect(page).not.toHaveURL(/\/dang-nhap/);
  await page.goto("/cum?year=2020");
  await page.getByRole("link", { name: CLUSTER, exact: true }).click();
  await expect(page.getByRole("table", { name: "Đơn vị thành viên" })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});
