import { expect } from "@playwright/test";
import { axeViolations } from "./axe";
import { test } from "./fixtures";
import { signIn } from "./sign-in";

// Imports and assignments that leave the demo as the other journeys expect it: the cluster JSON goes
// in as a new 2019 cluster, the cross-scoring pair is removed again, and the scoring sheet sent is
// empty (refused, nothing written).

const file = (name: string, mimeType: string, text: string) => ({
  name,
  mimeType,
  buffer: Buffer.from(text),
});

test("the council imports a cluster JSON file: a bad one lists every problem, a good one says what was created", async ({
  page,
}) => {
  await signIn(page, "admin");
  await page.goto("/cum?year=2020");
  const exported = page.getByRole("link", { name: "Tải tệp JSON" });
  await page.getByRole("table").getByRole("link").first().click();
  const href = await exported.getAttribute("href");
  expect(href).toMatch(/\/export\.json$/);
  await expect(page.getByRole("link", { name: "Bảng tiêu chí (Excel)" })).toHaveAttribute(
    "href",
    /\/criteria\.xlsx$/,
  );
  const clusterYear = await (await page.request.get(href ?? "")).json();

  await page.goto("/cum?year=2019");
  await page.getByRole("button", { name: "Nhập tệp JSON của cụm" }).click();
  const dialog = page.getByRole("dialog", { name: "Nhập dữ liệu cụm thi đua (tệp JSON)" });
  const input = dialog.locator('input[type="file"]');
  await input.setInputFiles(
    file("sai.json", "application/json", JSON.stringify({ ...clusterYear, year: "hai nghìn", criteria: [] })),
  );
  const issues = dialog.getByRole("list", { name: "Các lỗi của tệp" }).getByRole("listitem");
  await expect(issues.first()).toBeVisible();
  expect(await issues.count()).toBeGreaterThanOrEqual(2);
  await expect(issues.filter({ hasText: /^year: / })).toHaveCount(1);
  expect(await axeViolations(page)).toEqual([]);

  const good = { ...clusterYear, year: 2019, cluster: { ...clusterYear.cluster, code: "CUM-E2E" } };
  await input.setInputFiles(file("cum-2019.json", "application/json", JSON.stringify(good)));
  const done = dialog.getByRole("status");
  await expect(done).toContainText("Đã nhập cụm CUM-E2E năm 2019");
  await expect(done).toContainText("cụm mới");
  await expect(dialog.getByRole("list", { name: "Các lỗi của tệp" })).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath("import-json.png") });
  await dialog.getByRole("link", { name: /Mở cụm/ }).click();
  await expect(page.getByText("CUM-E2E").first()).toBeVisible();
});

test("the council assigns cross-scoring and removes it; a unit's empty sheet is refused with its place", async ({
  browser,
}) => {
  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, "admin");
  await admin.goto("/cham-diem?year=2021");
  const cross = admin.getByRole("region", { name: "Phân công chấm chéo" });
  await cross.getByRole("button", { name: "Thêm phân công" }).click();
  await expect(cross.getByText("Hãy chọn đơn vị")).toHaveCount(2);
  await cross
    .getByRole("combobox", { name: "Đơn vị chấm" })
    .selectOption({ label: "Ban Tuyên giáo Thành ủy Móng Cái" });
  await cross
    .getByRole("combobox", { name: "Đơn vị được chấm" })
    .selectOption({ label: "Ban Tuyên giáo Thị ủy Quảng Yên" });
  await cross.getByRole("button", { name: "Thêm phân công" }).click();
  const table = cross.getByRole("table", { name: "Các phân công chấm chéo" });
  await expect(table.getByRole("row", { name: /Móng Cái.*Quảng Yên/ })).toBeVisible();
  expect(await axeViolations(admin)).toEqual([]);
  await cross.getByRole("button", { name: /^Bỏ phân công .*Móng Cái.*Quảng Yên/ }).click();
  await expect(cross.getByText("Chưa có phân công nào.")).toBeVisible();

  const unit = await (await browser.newContext()).newPage();
  await signIn(unit, "mongcai");
  await unit.goto("/cham-diem?year=2021");
  await unit
    .getByRole("table", { name: "Tình trạng chấm điểm của các đơn vị" })
    .getByRole("link", { name: "Ban Tuyên giáo Thành ủy Móng Cái" })
    .click();
  const sheetHref = await unit.getByRole("link", { name: "Tải phiếu chấm (Excel)" }).getAttribute("href");
  const sheet = await (await unit.request.get(sheetHref ?? "")).body();
  await unit.getByRole("button", { name: "Nhập phiếu chấm đã điền" }).click();
  const dialog = unit.getByRole("dialog");
  await dialog.locator('input[type="file"]').setInputFiles({
    name: "phieu-trong.xlsx",
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: sheet,
  });
  await expect(
    dialog.getByRole("list", { name: "Các lỗi của tệp" }).getByRole("listitem").first(),
  ).toContainText("Chưa có giá trị nào được nhập");
  expect(await axeViolations(unit)).toEqual([]);
});
