import { expect } from "@playwright/test";
import { axeViolations } from "./axe";
import { test } from "./fixtures";
import { live, signedIn } from "./meeting-helpers";

// The cluster head convenes a new giao ban meeting and prepares it in the browser: the agenda (three items,
// reordered; a stale reorder is refused and reloaded), the member units invited, one absent with a reason;
// then starts it, and the hall's projector shows the first item.

const TITLE = "Hội nghị giao ban Cụm thi đua quý II năm 2021";

test("the cluster head convenes a giao ban meeting, prepares its agenda and attendance, and starts it", async ({
  browser,
}) => {
  test.setTimeout(300_000);
  // Only those who may convene see the button.
  const observer = await signedIn(browser, "quansat");
  await observer.goto("/hoi-nghi");
  await live(observer.getByRole("heading", { name: "Hội nghị", level: 1 })).toBeVisible();
  await expect(observer.getByRole("link", { name: "Triệu tập hội nghị" })).toHaveCount(0);
  await observer.context().close();

  const head = await signedIn(browser, "cumtruong");
  await head.goto("/hoi-nghi");
  await head.getByRole("link", { name: "Triệu tập hội nghị" }).click();
  await live(head.getByRole("heading", { name: "Triệu tập hội nghị mới" })).toBeVisible();

  // A blank title is refused, and the message sits under that field.
  await head.getByLabel("Loại hội nghị").selectOption({ label: "Giao ban" });
  await head
    .getByRole("textbox", { name: "Mục đích" })
    .fill("Đánh giá kết quả 6 tháng đầu năm, thống nhất nhiệm vụ quý III");
  await head.getByLabel("Ngày họp").fill("2021-06-15");
  await head.getByLabel("Giờ bắt đầu").fill("08:30");
  await head.getByRole("textbox", { name: "Địa điểm" }).fill("TP Uông Bí");
  const chairOption = head.getByLabel("Cán bộ (Chủ trì)").locator("option", { hasText: "Trương Công Ngàn" });
  await head.getByLabel("Cán bộ (Chủ trì)").selectOption((await chairOption.getAttribute("value")) ?? "");
  await head.getByRole("textbox", { name: "Họ tên (Thư ký)" }).fill("Nguyễn Thị Thư");
  await head.getByRole("textbox", { name: "Chức vụ (Thư ký)" }).fill("Chuyên viên Ban Tuyên giáo Tỉnh ủy");
  await head.getByRole("button", { name: "Triệu tập", exact: true }).click();
  const title = head.getByRole("textbox", { name: "Tên hội nghị" });
  await live(title).toHaveAttribute("aria-invalid", "true");
  await expect(head.getByText("Không được để trống")).toBeVisible();
  await head.screenshot({ path: "test-results/meeting-new-1366.png", fullPage: true });
  expect(await axeViolations(head)).toEqual([]);

  await title.fill(TITLE);
  await head.getByRole("button", { name: "Triệu tập", exact: true }).click();
  await live(head.getByRole("heading", { name: TITLE, level: 1 })).toBeVisible();
  const meetingId = head.url().split("/").at(-1) ?? "";
  await expect(head.getByText("Sắp họp", { exact: true })).toBeVisible();
  await expect(head.getByText(/Chủ trì:.*Trương Công Ngàn, Phó trưởng Ban Thường trực/)).toBeVisible();
  await expect(head.getByText("Chưa có mục nào.", { exact: false })).toBeVisible();

  // Three items, then the discussion moved before the report.
  for (const [item, minutes] of [
    ["Khai mạc, giới thiệu đại biểu", "5"],
    ["Báo cáo kết quả 6 tháng đầu năm", "30"],
    ["Thảo luận, thống nhất nhiệm vụ quý III", "45"],
  ] as const) {
    await head.getByRole("button", { name: "Thêm mục", exact: true }).click();
    const dialog = head.getByRole("dialog", { name: "Thêm mục chương trình" });
    await dialog.getByRole("textbox", { name: "Nội dung" }).fill(item);
    await dialog.getByRole("textbox", { name: "Thời lượng (phút)" }).fill(minutes);
    if (item.startsWith("Báo cáo")) {
      await dialog.getByRole("textbox", { name: "Tài liệu" }).fill("Dự thảo báo cáo sơ kết 6 tháng");
      await dialog.getByRole("checkbox", { name: "Kèm kết quả xếp hạng của cụm" }).check();
    }
    await dialog.getByRole("button", { name: "Lưu mục" }).click();
    await live(dialog).toBeHidden();
  }
  const agenda = head.getByRole("list", { name: "Các mục chương trình" });
  await live(agenda.getByRole("listitem")).toHaveCount(3);
  await head.getByRole("button", { name: "Chuyển lên: Thảo luận, thống nhất nhiệm vụ quý III" }).click();
  await live(agenda.getByRole("listitem").nth(1)).toContainText("2. Thảo luận, thống nhất nhiệm vụ quý III");
  await expect(agenda.getByRole("listitem").nth(2)).toContainText("3. Báo cáo kết quả 6 tháng đầu năm");
  await expect(agenda.getByRole("listitem").nth(2)).toContainText("Dự thảo báo cáo sơ kết 6 tháng");
  await expect(head.getByText("Tổng thời lượng: 80 phút")).toBeVisible();

  // A second organiser's phone has lost the live feed, so it still shows three items when the first adds a
  // fourth: its next move is refused (409), said plainly, and it reloads the latest agenda.
  const phone = await signedIn(browser, "cumtruong", 390);
  await phone.route("**/events", (route) => route.abort());
  await phone.goto(`/hoi-nghi/${meetingId}`);
  const phoneAgenda = phone.getByRole("list", { name: "Các mục chương trình" });
  await live(phoneAgenda.getByRole("listitem")).toHaveCount(3);
  await head.getByRole("button", { name: "Thêm mục", exact: true }).click();
  const fourth = head.getByRole("dialog", { name: "Thêm mục chương trình" });
  await fourth.getByRole("textbox", { name: "Nội dung" }).fill("Kết luận hội nghị");
  await fourth.getByRole("textbox", { name: "Thời lượng (phút)" }).fill("10");
  await fourth.getByRole("button", { name: "Lưu mục" }).click();
  await live(agenda.getByRole("listitem")).toHaveCount(4);
  await phone.getByRole("button", { name: "Chuyển xuống: Khai mạc, giới thiệu đại biểu" }).click();
  const stale = phone.getByRole("alert").filter({ hasText: "Đã có người khác sửa chương trình" });
  await live(stale).toBeVisible();
  await stale.scrollIntoViewIfNeeded();
  await phone.screenshot({ path: "test-results/meeting-stale-390.png" });
  await stale.getByRole("button", { name: "Tải bản mới nhất" }).click();
  await live(phoneAgenda.getByRole("listitem")).toHaveCount(4);
  await expect(phoneAgenda.getByRole("listitem").nth(0)).toContainText("1. Khai mạc, giới thiệu đại biểu");
  await phone.unroute("**/events");

  // The six member units are invited in one step, each with its head of that day from the people register.
  await head.getByRole("button", { name: "Mời các đơn vị chưa được mời (6)" }).click();
  const invitations = head.getByRole("table", { name: "Giấy mời và trả lời" });
  await live(invitations.getByRole("row")).toHaveCount(1 + 2 + 6);
  await expect(invitations.getByText("Phan Thị Hải Hường")).toBeVisible();
  await expect(invitations.getByText("Trưởng ban Tuyên giáo Thành ủy Móng Cái")).toBeVisible();
  await expect(head.getByText("Đã mời đủ các đơn vị thành viên.")).toBeVisible();
  await head.getByRole("button", { name: "Nhận lời: Phan Thị Hải Hường" }).click();
  await live(invitations.getByRole("row", { name: /Phan Thị Hải Hường.*Nhận lời/ })).toBeVisible();

  // Móng Cái's head sends word he cannot come: absent, with the reason, which must be given.
  const absentName = "Vũ Văn Hải";
  await head.getByRole("button", { name: `Điểm danh: ${absentName}` }).click();
  const dialog = head.getByRole("dialog", { name: `Điểm danh: ${absentName}` });
  await dialog.getByRole("radio", { name: "Vắng" }).check();
  await dialog.getByRole("button", { name: "Lưu điểm danh" }).click();
  await live(dialog.getByText("Cần ghi lý do vắng mặt")).toBeVisible();
  await dialog.getByRole("textbox", { name: "Lý do vắng" }).fill("Dự hội nghị của Thành ủy cùng ngày");
  await dialog.getByRole("button", { name: "Lưu điểm danh" }).click();
  await live(dialog).toBeHidden();
  const attendance = head.getByRole("table", { name: "Thành phần" });
  await live(
    attendance.getByRole("row", { name: new RegExp(`${absentName}.*Vắng.*Dự hội nghị của Thành ủy`) }),
  ).toBeVisible();
  await head.screenshot({ path: "test-results/meeting-prepare-1366.png", fullPage: true });
  expect(await axeViolations(head)).toEqual([]);

  // The same page on a phone.
  await phone.goto(`/hoi-nghi/${meetingId}`);
  await live(phone.getByRole("heading", { name: "Chuẩn bị hội nghị" })).toBeVisible();
  const width = await phone.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(390);
  await phone.screenshot({ path: "test-results/meeting-prepare-390.png", fullPage: true });
  expect(await axeViolations(phone)).toEqual([]);
  await phone.goto("/hoi-nghi/moi");
  await live(phone.getByRole("heading", { name: "Triệu tập hội nghị mới" })).toBeVisible();
  await phone.screenshot({ path: "test-results/meeting-new-390.png", fullPage: true });
  expect(await axeViolations(phone)).toEqual([]);

  // Started: the projector in the hall shows the first item.
  const projector = await signedIn(browser, "quansat");
  await projector.goto(`/hoi-nghi/${meetingId}/trinh-chieu`);
  await live(projector.getByText(/Đang cập nhật trực tiếp/)).toBeVisible();
  await live(projector.getByRole("heading", { name: "Sắp họp" })).toBeVisible();
  await head.getByRole("button", { name: "Bắt đầu hội nghị" }).click();
  await live(head.getByText("Đang họp", { exact: true })).toBeVisible();
  await live(projector.getByRole("heading", { name: "1. Khai mạc, giới thiệu đại biểu" })).toBeVisible();
  await projector.screenshot({ path: "test-results/meeting-started-projector-1366.png" });
  expect(await axeViolations(projector)).toEqual([]);
});
