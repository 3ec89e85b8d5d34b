import AxeBuilder from "@axe-core/playwright";
import { expect } from "@playwright/test";
import { test } from "./fixtures";
import { signIn } from "./sign-in";

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
  const pact = page.getByRole("region", { name: "Giao ước thi đua" });
  await expect(pact.getByText("Đã ký", { exact: true })).toBeVisible();
  await expect(pact.getByText("Mọi đơn vị đã ký ngày 14/02/2020")).toBeVisible();

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

test("the council admin sets how documents are headed; a unit's report and the task sheet download from their pages", async ({
  page,
}) => {
  await signIn(page, "admin");
  await page.goto("/van-ban/thiet-lap?year=2020");
  await expect(page.getByRole("heading", { level: 1, name: "Thiết lập văn bản" })).toBeVisible({
    timeout: 30_000,
  });
  await expect(page.getByRole("radio", { name: "Văn bản của Đảng (HD 36-HD/VPTW)" })).toBeChecked();
  const dt = page.getByRole("region", { name: "Ban Tuyên giáo Thị ủy Đông Triều" });
  await expect(dt.getByText("Đã thiết lập")).toBeVisible();
  await expect(dt.getByText("THỊ ỦY ĐÔNG TRIỀU", { exact: true })).toBeVisible();
  await dt
    .getByRole("button", { name: "Sửa tên cơ quan trên văn bản của Ban Tuyên giáo Thị ủy Đông Triều" })
    .click();
  const dialog = page.getByRole("dialog");
  await dialog.getByRole("textbox", { name: "Địa danh" }).fill("");
  await dialog.getByRole("button", { name: "Lưu", exact: true }).click();
  await expect(dialog.getByText("Cần nhập địa danh").first()).toBeVisible();
  await dialog.getByRole("textbox", { name: "Địa danh" }).fill("Đông Triều");
  await dialog.getByRole("button", { name: "Lưu", exact: true }).click();
  await expect(dialog).toBeHidden();

  const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.screenshot({ path: test.info().outputPath("settings-1366.png"), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(dt.getByRole("button", { name: /Sửa tên cơ quan/ })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath("settings-390.png"), fullPage: true });

  await page.goto("/bao-cao?year=2020");
  await page.getByRole("link", { name: "Ban Tuyên giáo Thị ủy Đông Triều" }).click();
  const pdf = await page.getByRole("link", { name: "Văn bản báo cáo (PDF)" }).getAttribute("href");
  const res = await page.request.get(pdf ?? "");
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toBe("application/pdf");

  await page.goto("/nhiem-vu?year=2021");
  const xlsx = await page.getByRole("link", { name: "Bảng theo dõi (Excel)" }).getAttribute("href");
  const sheet = await page.request.get(xlsx ?? "");
  expect(sheet.status()).toBe(200);
  expect(sheet.headers()["content-type"]).toBe(
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  );
});
