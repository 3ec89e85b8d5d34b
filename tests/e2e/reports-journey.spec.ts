import { expect, type Page } from "@playwright/test";
import { axeViolations } from "./axe";
import { test } from "./fixtures";
import { csrfHeaders } from "./meeting-helpers";
import { signIn } from "./sign-in";

// Issue 12's journey: the head opens a period; Đông Triều writes its report, records a good practice from it and
// submits; Uông Bí finds the practice by typing without diacritics and records adopting it; the head accepts the
// report and the council sees the practice spread in the library.
const UNIT = "Ban Tuyên giáo Thị ủy Đông Triều";
const PRACTICE = "Tủ sách pháp luật điện tử ở khu dân cư Đông Triều";

/** Screenshots at 390 then 1366 px, each checked by axe; at 390 nothing may scroll sideways. */
const both = async (page: Page, name: string) => {
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await axeViolations(page)).toEqual([]);
  await page.screenshot({ path: test.info().outputPath(`${name}-390.png`), fullPage: true });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.setViewportSize({ width: 1366, height: 900 });
  expect(await axeViolations(page)).toEqual([]);
  await page.screenshot({ path: test.info().outputPath(`${name}-1366.png`), fullPage: true });
};

const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

test("a unit submits its report with a good practice; another finds it without diacritics and adopts it", async ({
  page,
}) => {
  test.setTimeout(300_000);
  await page.setViewportSize({ width: 1366, height: 900 });

  // The head opens the 2021 half-year period: each member gets a draft.
  await signIn(page, "cumtruong");
  await page.goto("/bao-cao?year=2021");
  const periods = page.getByRole("region", { name: /Kỳ báo cáo của/ });
  await expect(periods).toContainText("Chưa mở kỳ báo cáo nào.", { timeout: 30_000 });
  await periods.getByLabel("Hạn nộp").fill(inDays(30));
  await periods.getByRole("button", { name: "Mở kỳ báo cáo" }).click();
  const list = page.getByRole("table", { name: "Danh sách báo cáo" });
  await expect(list.getByRole("row")).toHaveCount(7);
  await expect(list.getByText("Đang soạn", { exact: true })).toHaveCount(6);
  await expect(periods.getByRole("link", { name: "Báo cáo tổng hợp của cụm" })).toBeVisible();
  await both(page, "reports-head");

  // Đông Triều writes its report…
  await signIn(page, "dongtrieu");
  await page.goto("/bao-cao?year=2021");
  await list.getByRole("link", { name: UNIT }).click();
  await page.getByRole("button", { name: "Sửa nội dung" }).click();
  await page
    .getByRole("textbox", { name: "Công tác tuyên truyền" })
    .fill("Tổ chức 48 hội nghị tuyên truyền Đại hội XIII của Đảng.");
  // …with a numbered list made from the keyboard alone: Shift+Tab reaches the section's toolbar, the arrow
  // keys move along it, Enter applies the list and returns to the text.
  await page.getByRole("textbox", { name: "Công tác tuyên truyền" }).press("Control+End");
  await page.keyboard.press("Enter");
  await page.keyboard.press("Shift+Tab");
  const tools = page.getByRole("toolbar", { name: /Công tác tuyên truyền/ });
  await expect(tools.getByRole("button", { name: "In đậm", exact: true })).toBeFocused();
  for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowRight");
  await expect(tools.getByRole("button", { name: "Danh sách đánh số" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("textbox", { name: "Công tác tuyên truyền" })).toBeFocused();
  await page.keyboard.type("Hội nghị báo cáo viên");
  await page.keyboard.press("Enter");
  await page.keyboard.type("Tuyên truyền trên mạng xã hội");
  await page
    .getByRole("textbox", { name: "Mô hình, cách làm hay" })
    .fill("Tủ sách pháp luật điện tử ở 100% khu dân cư.");
  await both(page, "report-edit");

  // Meanwhile a colleague saves the same report elsewhere: this save answers 409, and loading the newest
  // version keeps what was typed here and shows the colleague's text.
  const reportApi = `/api/reports/${page.url().split("/").at(-1) ?? ""}`;
  const current = (await (await page.request.get(reportApi)).json()) as {
    data: { version: number; sections: Record<string, unknown> };
  };
  const colleague = await page.request.put(reportApi, {
    headers: await csrfHeaders(page),
    data: {
      version: current.data.version,
      sections: { ...current.data.sections, proposals: "<p>Đề nghị mở lớp bồi dưỡng báo cáo viên.</p>" },
    },
  });
  expect(colleague.status()).toBe(200);
  await page.getByRole("button", { name: "Lưu", exact: true }).click();
  const stale = page.getByRole("alert").filter({ hasText: "Có người vừa lưu báo cáo này" });
  await expect(stale).toContainText("Báo cáo vừa được người khác lưu.");
  await stale.getByRole("button", { name: "Tải bản mới nhất" }).click();
  await expect(stale).toBeHidden();
  await expect(page.getByRole("textbox", { name: "Đề xuất, kiến nghị" })).toHaveText(
    "Đề nghị mở lớp bồi dưỡng báo cáo viên.",
  );
  await expect(page.getByRole("textbox", { name: "Công tác tuyên truyền" })).toContainText(
    "Tổ chức 48 hội nghị tuyên truyền Đại hội XIII của Đảng.",
  );
  await page.getByRole("button", { name: "Lưu", exact: true }).click();
  await expect(page.getByText("Tổ chức 48 hội nghị tuyên truyền Đại hội XIII của Đảng.")).toBeVisible();
  await expect(page.locator("ol").getByRole("listitem")).toHaveText([
    "Hội nghị báo cáo viên",
    "Tuyên truyền trên mạng xã hội",
  ]);
  await expect(page.getByText("Đề nghị mở lớp bồi dưỡng báo cáo viên.")).toBeVisible();
  const reportUrl = page.url();

  // …records the good practice it tells of…
  await page.getByRole("link", { name: "Ghi mô hình hay từ báo cáo" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Ghi mô hình, cách làm hay" })).toBeVisible();
  await page.getByRole("textbox", { name: "Tên mô hình" }).fill(PRACTICE);
  await page.getByRole("textbox", { name: "Lĩnh vực" }).fill("Công tác tuyên truyền");
  await page
    .getByRole("textbox", { name: "Vấn đề đặt ra" })
    .fill("Người dân ở khu dân cư xa trung tâm khó tiếp cận văn bản pháp luật mới.");
  await page
    .getByRole("textbox", { name: "Cách làm" })
    .fill(
      "Mỗi nhà văn hóa khu dân cư đặt một mã QR dẫn tới tủ sách pháp luật điện tử do Ban Tuyên giáo cập nhật.",
    );
  // Too short a result is refused under the field, and nothing typed is lost.
  await page.getByRole("textbox", { name: "Kết quả" }).fill("Tốt");
  await page.getByRole("button", { name: "Thêm số liệu" }).click();
  await page.getByRole("textbox", { name: "Chỉ số 1" }).fill("Lượt truy cập");
  await page.getByRole("textbox", { name: "Giá trị 1" }).fill("12500");
  await page.getByRole("textbox", { name: "Đơn vị tính 1" }).fill("lượt");
  await page.getByRole("button", { name: "Lưu mô hình" }).click();
  await expect(page.getByText("Kết quả cần ít nhất 10 ký tự")).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Tên mô hình" })).toHaveValue(PRACTICE);
  await page
    .getByRole("textbox", { name: "Kết quả" })
    .fill("Sau một năm, 100% khu dân cư có tủ sách; 12.500 lượt người dân truy cập.");
  await both(page, "practice-form");
  await page.getByRole("button", { name: "Lưu mô hình" }).click();
  await expect(page.getByRole("heading", { level: 1, name: PRACTICE })).toBeVisible();

  // …and submits the report, which lists the practice.
  await page.goto(reportUrl);
  await expect(page.getByRole("link", { name: PRACTICE })).toBeVisible();
  await page.getByRole("button", { name: "Nộp báo cáo" }).click();
  await expect(page.getByText("Đã nộp", { exact: true }).first()).toBeVisible();
  await both(page, "report-submitted");

  // Uông Bí searches without diacritics, finds the practice and records adopting it.
  await signIn(page, "uongbi");
  await page.goto("/tim-kiem");
  await page.getByRole("searchbox", { name: /Tìm trong báo cáo/ }).fill("tu sach phap luat dong trieu");
  const hit = page.getByRole("article").filter({ hasText: PRACTICE });
  await expect(hit).toBeVisible({ timeout: 20_000 });
  await expect(hit.locator("mark").first()).toBeVisible();
  await both(page, "search-no-diacritics");
  await hit.getByRole("link").first().click();
  await expect(page.getByRole("heading", { level: 1, name: PRACTICE })).toBeVisible();
  await page
    .getByRole("textbox", { name: "Kết quả áp dụng" })
    .fill("Đã đặt mã QR tủ sách pháp luật ở 20 khu dân cư của Uông Bí.");
  await page.getByRole("button", { name: "Ghi nhận đơn vị tôi đã áp dụng" }).click();
  await expect(page.getByText("Đã ghi nhận việc áp dụng mô hình.")).toBeVisible();
  await expect(page.getByText("Đã đặt mã QR tủ sách pháp luật ở 20 khu dân cư của Uông Bí.")).toBeVisible();
  await both(page, "practice-adopted");

  // The head accepts Đông Triều's report.
  await signIn(page, "cumtruong");
  await page.goto(reportUrl);
  await page.getByRole("button", { name: "Tiếp nhận" }).click();
  await expect(page.getByText("Đã tiếp nhận", { exact: true }).first()).toBeVisible();
  await both(page, "report-accepted");

  // The council sees where the practice has spread.
  await signIn(page, "admin");
  await page.goto("/mo-hinh-hay?year=2021");
  const library = page.getByRole("table", { name: "Thư viện mô hình, cách làm hay" });
  await expect(library.getByRole("row").filter({ hasText: PRACTICE })).toContainText(
    "Nhân rộng tại 1 đơn vị",
  );
  await both(page, "practice-library");
});
