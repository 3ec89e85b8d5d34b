import { expect } from "@playwright/test";
import { axeViolations } from "./axe";
import { test } from "./fixtures";
import { signIn } from "./sign-in";

// The demo's 2021 key tasks: Uông Bí reports on the first one; Móng Cái shows late on Resolution 11-NQ/TU.
const FIRST = "Đổi mới nội dung, hình thức nâng cao chất lượng học tập";
const RESOLUTION = "Tiếp tục tham mưu, triển khai thực hiện Nghị quyết số 11-NQ/TU";

test("a unit reports on a 2021 task; another unit shows late on Resolution 11-NQ/TU", async ({ page }) => {
  test.setTimeout(300_000);
  await page.setViewportSize({ width: 1366, height: 900 });
  await signIn(page, "uongbi");
  await page.goto("/nhiem-vu?year=2021");
  const table = page.getByRole("table", { name: "Nhiệm vụ trọng tâm năm 2021" });
  await expect(table).toBeVisible({ timeout: 30_000 });
  const lateRow = table.getByRole("row").filter({ hasText: RESOLUTION });
  await expect(lateRow.getByText("Quá hạn", { exact: true })).toBeVisible();
  await expect(lateRow.getByText("1 đơn vị quá hạn")).toBeVisible();
  await expect(page.getByText("Tiến độ chung của cụm (theo trọng số)")).toBeVisible();
  await page.screenshot({ path: test.info().outputPath("tasks-list-1366.png"), fullPage: true });

  // Uông Bí sends a closing report on the first task, with its figure.
  await table.getByRole("link", { name: new RegExp(FIRST) }).click();
  await expect(page.getByRole("heading", { level: 1, name: new RegExp(FIRST) })).toBeVisible();
  await expect(page.getByRole("link", { name: /Chỉ thị Số 05-CT\/TW/ })).toBeVisible();
  const form = page.getByRole("region", { name: "Báo cáo tiến độ" });
  await form.getByRole("textbox", { name: "Tỷ lệ hoàn thành (%)" }).fill("100");
  await form.getByRole("textbox", { name: "Kết quả đạt được (hội nghị)" }).fill("11");
  await form
    .getByRole("textbox", { name: "Nội dung báo cáo" })
    .fill("Tổng kết năm 2021: 11 hội nghị học tập, quán triệt.");
  await form.getByRole("button", { name: "Gửi báo cáo" }).click();
  const timeline = page.getByRole("region", { name: "Dòng thời gian báo cáo" });
  await expect(timeline.getByText("Tổng kết năm 2021: 11 hội nghị học tập, quán triệt.")).toBeVisible();
  const units = page.getByRole("table", { name: "Đơn vị được giao và tiến độ" });
  await expect(units.getByRole("row").filter({ hasText: "Uông Bí" })).toContainText("11 / 10");
  expect(await axeViolations(page)).toEqual([]);
  await page.screenshot({ path: test.info().outputPath("task-report-1366.png"), fullPage: true });

  // On the resolution's task, Móng Cái is late.
  await page.goto("/nhiem-vu?year=2021");
  await table.getByRole("link", { name: new RegExp(RESOLUTION) }).click();
  const rows = page.getByRole("table", { name: "Đơn vị được giao và tiến độ" }).getByRole("row");
  await expect(rows.filter({ hasText: "Móng Cái" }).getByText("Quá hạn", { exact: true })).toBeVisible();
  await expect(rows.filter({ hasText: "Uông Bí" }).getByText("Hoàn thành", { exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: "11-NQ/TU" }).first()).toBeVisible();
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: test.info().outputPath("task-late-390.png"), fullPage: true });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

  // The registry lists the resolution the task carries out.
  await page.getByRole("link", { name: "11-NQ/TU" }).first().click();
  await expect(page.getByRole("table", { name: "Danh mục văn bản" })).toContainText(
    "Về xây dựng và phát triển văn hóa",
  );
  await page.screenshot({ path: test.info().outputPath("registry-390.png"), fullPage: true });
});
