import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";

const signIn = async (page: Page, username: string) => {
  await page.goto("/dang-nhap");
  await page.getByRole("textbox", { name: "Tên đăng nhập", exact: true }).fill(username);
  await page.getByRole("textbox", { name: "Mật khẩu", exact: true }).fill("thidua-demo");
  await page.getByRole("button", { name: "Đăng nhập", exact: true }).click();
  await expect(page).not.toHaveURL(/\/dang-nhap/);
};

test("the cluster head downloads Cụm 1's 2020 documents from the Văn bản page", async ({ page }) => {
  await signIn(page, "cumtruong");
  await page.goto("/van-ban?year=2020");
  // The machine running CI may be busy: the first page load waits longer than the default.
  await expect(page.getByRole("heading", { level: 1, name: "Văn bản của cụm năm 2020" })).toBeVisible({
    timeout: 30_000,
  });

  const report = page.getByRole("region", { name: "Báo cáo tổng kết năm" });
  await expect(report.getByText("Đã ban hành")).toBeVisible();
  await expect(report.getByText(/Số 01-BC\/BTGThU · Ngày ban hành: 24\/11\/2020/)).toBeVisible();
  const proposal = page.getByRole("region", { name: "Tờ trình đề nghị đơn vị dẫn đầu" });
  await expect(proposal.getByText(/Số 01-TTr\/BTGThU/)).toBeVisible();
  await expect(page.getByRole("region", { name: "Giao ước thi đua" }).getByText("Dự thảo")).toBeVisible();

  for (const [name, type] of [
    ["Tải Báo cáo tổng kết năm (PDF)", "application/pdf"],
    [
      "Tải Báo cáo tổng kết năm (Word)",
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ],
    ["Tải Giao ước thi đua (PDF)", "application/pdf"],
    [
      "Tải Tờ trình đề nghị đơn vị dẫn đầu (Word)",
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ],
  ] as const) {
    const href = await page.getByRole("link", { name, exact: true }).getAttribute("href");
    const res = await page.request.get(href ?? "");
    expect(res.status(), name).toBe(200);
    expect(res.headers()["content-type"]).toBe(type);
  }
  const zip = await page.getByRole("link", { name: "Tải hồ sơ (ZIP các tệp Word)" }).getAttribute("href");
  expect((await page.request.get(zip ?? "")).headers()["content-type"]).toBe("application/zip");

  const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.screenshot({ path: test.info().outputPath("documents-1366.png"), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(report.getByRole("link", { name: "Tải Báo cáo tổng kết năm (PDF)" })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath("documents-390.png"), fullPage: true });
});
