import { expect, type Page } from "@playwright/test";
import { axeViolations } from "./axe";
import { test } from "./fixtures";
import { signIn } from "./sign-in";

// The demo's 2020 cluster is published (the whole cluster at once) and its pact locked. Lowering I.2's
// maximum from 6 to 5 would make Hạ Long's 6 points (and others' 5,5) invalid: a published result would
// change, so the amendment is refused with its impact list.
const PUBLISHED_YEAR = "2020";
const UNIT = "Ban Tuyên giáo Thành ủy Uông Bí";

/** WCAG 2.1 A/AA violations on the current page, as readable lines. */

/** The page itself never scrolls sideways (a wide table may, inside its own box). */
const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

test("an amendment that would change a published result is previewed, then refused with its impact list", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await signIn(page, "admin");
  await page.goto(`/giao-uoc?year=${PUBLISHED_YEAR}`);
  await expect(
    page.getByRole("heading", { level: 1, name: `Giao ước thi đua năm ${PUBLISHED_YEAR}` }),
  ).toBeVisible();

  await page.getByRole("button", { name: "Sửa đổi giao ước (có lý do)" }).click();
  await page.getByRole("button", { name: "Sửa I.2", exact: true }).click();
  const form = page.getByRole("dialog");
  await form.getByRole("textbox", { name: "Điểm tối đa" }).fill("5");
  await form.getByRole("button", { name: "Áp dụng vào bảng" }).click();
  await expect(form).toBeHidden();

  // The preview: which assessments, published among them, would change, and the values made invalid.
  await page.getByRole("button", { name: "Xem ảnh hưởng" }).click();
  await expect(page.getByText(/làm thay đổi kết quả đã công bố của \d+ đơn vị/)).toBeVisible({
    timeout: 30_000,
  });
  const impact = page.getByRole("table", { name: "Bản chấm điểm bị ảnh hưởng" });
  const halong = impact.getByRole("row", { name: /Hạ Long/ });
  await expect(halong).toContainText("Kết quả đã công bố");
  await expect(halong).toContainText(/I\.2: .*tối đa/);
  await expect(halong).toContainText("→");
  await page.screenshot({ path: test.info().outputPath("amendment-impact-1366.png"), fullPage: true });
  expect(await axeViolations(page)).toEqual([]);

  // Saving is refused with that list, and says how to go ahead.
  await page.getByRole("button", { name: "Lưu sửa đổi", exact: true }).click();
  const ask = page.getByRole("dialog", { name: "Sửa đổi giao ước đã khóa" });
  await ask
    .getByRole("textbox", { name: "Lý do sửa đổi" })
    .fill("Điều chỉnh điểm tối đa tiêu chí I.2 theo hướng dẫn mới");
  await ask.getByRole("button", { name: "Lưu sửa đổi", exact: true }).click();
  const refusal = page
    .getByRole("alert")
    .filter({ hasText: "Chưa lưu: sửa đổi làm thay đổi kết quả đã công bố" });
  await expect(refusal).toBeVisible({ timeout: 30_000 });
  await expect(refusal.getByRole("listitem").filter({ hasText: /Hạ Long.*tổng điểm/ })).toBeVisible();
  await expect(refusal.getByText("Cách tiếp tục")).toBeVisible();
  await expect(refusal.getByRole("link", { name: "Mở trang Xếp hạng (mở lại kết quả)" })).toHaveAttribute(
    "href",
    /\/xep-hang\?cum=.*year=2020/,
  );
  await page.screenshot({ path: test.info().outputPath("amendment-refused-1366.png"), fullPage: true });
  expect(await axeViolations(page)).toEqual([]);

  // Nothing was saved: the pact still has no amendment and I.2 keeps its maximum of 6.
  await page.getByRole("button", { name: "Hủy các thay đổi" }).click();
  await expect(page.getByRole("tab", { name: "Sửa đổi (0)" })).toBeVisible();
});

test("the header's year selector moves the ranking page to that year's cluster", async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await signIn(page, "admin");
  await page.goto(`/xep-hang?year=${PUBLISHED_YEAR}`);
  await expect(page.getByRole("heading", { level: 1, name: "Xếp hạng thi đua năm 2020" })).toBeVisible({
    timeout: 30_000,
  });
  const before = new URL(page.url()).searchParams.get("cum");
  await page.getByRole("combobox", { name: "Năm" }).selectOption("2021");
  await expect(page.getByRole("heading", { level: 1, name: "Xếp hạng thi đua năm 2021" })).toBeVisible();
  const after = new URL(page.url()).searchParams.get("cum");
  expect(after).not.toBeNull();
  expect(after).not.toBe(before);
});

test("at 390 px the ranking and an assessment fit the phone", async ({ browser }) => {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
  });
  const page = await context.newPage();
  await signIn(page, "admin");

  await page.goto(`/xep-hang?year=${PUBLISHED_YEAR}`);
  await expect(page.getByRole("heading", { level: 1, name: "Xếp hạng thi đua năm 2020" })).toBeVisible({
    timeout: 30_000,
  });
  // Horizontal bars, one per unit, with its total in words a phone can read.
  const bars = page.getByRole("list", { name: "Tổng điểm các đơn vị" });
  await expect(bars.getByRole("listitem")).toHaveCount(6);
  await expect(bars.getByRole("listitem").first()).toContainText(/^1\. .+\d+(,\d+)? điểm$/);
  // The heat map is a table that scrolls inside its box; the ranking table keeps rank, unit and total.
  await expect(page.getByRole("table", { name: "Điểm từng tiêu chí của các đơn vị" })).toBeVisible();
  const ranking = page.getByRole("table", { name: "Bảng xếp hạng thi đua năm 2020" });
  await expect(ranking.getByRole("columnheader", { name: "Tổng điểm" })).toBeVisible();
  expect(await pageWidth(page)).toBeLessThanOrEqual(390);
  await page.screenshot({ path: test.info().outputPath("ranking-390.png"), fullPage: true });
  expect(await axeViolations(page)).toEqual([]);

  await page.goto(`/cham-diem?year=${PUBLISHED_YEAR}`);
  const list = page.getByRole("table", { name: "Tình trạng chấm điểm của các đơn vị" });
  await expect(list.getByRole("columnheader", { name: "Trạng thái" })).toBeVisible();
  await expect(
    list
      .getByRole("row", { name: new RegExp(UNIT) })
      .getByText("Đã công bố")
      .first(),
  ).toBeVisible();
  expect(await pageWidth(page)).toBeLessThanOrEqual(390);
  await list.getByRole("link", { name: UNIT }).click();
  await expect(page.getByRole("heading", { level: 1, name: UNIT })).toBeVisible();
  await expect(page.getByRole("group", { name: "Điểm chốt" })).toBeVisible();
  expect(await pageWidth(page)).toBeLessThanOrEqual(390);
  await page.screenshot({ path: test.info().outputPath("assessment-390.png"), fullPage: true });
  expect(await axeViolations(page)).toEqual([]);
  await context.close();
});
