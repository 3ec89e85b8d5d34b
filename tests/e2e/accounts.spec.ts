import { expect, type Locator, type Page } from "@playwright/test";
import { axeViolations } from "./axe";
import { test } from "./fixtures";
import { signIn } from "./sign-in";

const WIDE = { width: 1366, height: 900 };
const PHONE = { width: 390, height: 844 };
const UNIT = "Ban Tuyên giáo Thành ủy Uông Bí";
const NAME = "Nguyễn Thị Hoa";
const USERNAME = "hoa.uongbi";
// A viewer, not a second editor: the later journeys need Uông Bí to keep one editor, whose account its
// meeting delegate votes with (a unit with two editors has nobody who speaks for it).
const ROLE = "Người xem của đơn vị";
const FIRST_PASSWORD = "UongBi-2026-dau";
const OWN_PASSWORD = "Hoa-tu-dat-2026";
const RESET_PASSWORD = "Quan-tri-dat-lai-1";

/** Today in Vietnam as the table writes it (dd/mm/yyyy), worked out here and not by the app. */
const todayVn = (): string =>
  new Intl.DateTimeFormat("en-GB", {
    timeZone: "Asia/Ho_Chi_Minh",
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
  }).format(new Date());

const fieldOf = (dialog: Locator, label: string) => dialog.getByRole("textbox", { name: label, exact: true });
const selectOf = (dialog: Locator, label: string) =>
  dialog.getByRole("combobox", { name: label, exact: true });

/** The error is said at the field: the input is marked invalid and the message is part of its description. */
const expectErrorAt = async (field: Locator, message: string | RegExp) => {
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expect(field).toHaveAccessibleDescription(message instanceof RegExp ? message : new RegExp(message));
};

const signInWith = async (page: Page, username: string, password: string) => {
  await page.goto("/dang-nhap");
  await page.getByRole("textbox", { name: "Tên đăng nhập", exact: true }).fill(username);
  await page.getByRole("textbox", { name: "Mật khẩu", exact: true }).fill(password);
  await page.getByRole("button", { name: "Đăng nhập", exact: true }).click();
};

test("an admin creates a unit viewer's account, the viewer changes its password, the admin resets it and the viewer's open page is signed out", async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000);
  await page.setViewportSize(WIDE);
  await signIn(page, "admin");
  await page
    .getByRole("navigation", { name: "Điều hướng chính" })
    .getByRole("link", { name: "Quản trị", exact: true })
    .click();
  await expect(page).toHaveURL(/\/quan-tri/);
  await expect(page.getByRole("heading", { level: 1, name: "Quản trị" })).toBeVisible();

  // The demo's accounts, each role said with its unit or cluster.
  const table = page.getByRole("table", { name: /^Các tài khoản của / });
  await expect(table.getByRole("row", { name: /Cán bộ Ban Tuyên giáo Uông Bí/ })).toContainText(
    `Biên tập viên · ${UNIT}`,
  );
  await expect(table.getByRole("row", { name: /Cụm trưởng Cụm 1/ })).toContainText(
    "Cụm trưởng · Cụm 1 (2021)",
  );
  await expect(table.getByRole("row", { name: /Cụm trưởng Cụm 1/ })).toContainText(
    "Cụm trưởng · Cụm 1 (2020)",
  );
  await expect(table.getByRole("row", { name: /Quan sát viên/ })).toContainText("Quan sát");
  await expect(table.getByRole("row", { name: /Quản trị Ban Tuyên giáo Tỉnh ủy/ })).toContainText(
    "Quản trị cơ quan chủ trì",
  );
  expect(await axeViolations(page)).toEqual([]);
  await page.screenshot({ path: test.info().outputPath("accounts-1366.png"), fullPage: true });

  // The form: what is wrong is said at its field, first by the page, then by the server (a taken username).
  await page.getByRole("button", { name: "Tạo tài khoản", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Tạo tài khoản" });
  await fieldOf(dialog, "Họ và tên").fill(NAME);
  await fieldOf(dialog, "Tên đăng nhập").fill("Uong Bi");
  await fieldOf(dialog, "Mật khẩu ban đầu").fill("ngan");
  await dialog.getByRole("button", { name: "Tạo tài khoản", exact: true }).click();
  await expectErrorAt(fieldOf(dialog, "Tên đăng nhập"), "Chỉ dùng chữ thường không dấu, số và . _ -");
  await expectErrorAt(fieldOf(dialog, "Mật khẩu ban đầu"), "Mật khẩu cần ít nhất 10 ký tự");
  await expectErrorAt(selectOf(dialog, "Vai trò"), "Hãy chọn vai trò");
  expect(await axeViolations(page, "[role=dialog]")).toEqual([]);
  await page.screenshot({ path: test.info().outputPath("create-errors-1366.png") });

  await fieldOf(dialog, "Tên đăng nhập").fill("uongbi");
  await fieldOf(dialog, "Mật khẩu ban đầu").fill(FIRST_PASSWORD);
  await selectOf(dialog, "Vai trò").selectOption({ label: ROLE });
  await dialog.getByRole("button", { name: "Tạo tài khoản", exact: true }).click();
  await expectErrorAt(selectOf(dialog, "Đơn vị"), "Hãy chọn đơn vị");
  await selectOf(dialog, "Đơn vị").selectOption({ label: UNIT });
  await dialog.getByRole("button", { name: "Tạo tài khoản", exact: true }).click();
  await expectErrorAt(fieldOf(dialog, "Tên đăng nhập"), 'Tên đăng nhập "uongbi" đã có người dùng.');
  await expect(dialog).toBeVisible();
  await expect(fieldOf(dialog, "Họ và tên")).toHaveValue(NAME);

  await fieldOf(dialog, "Tên đăng nhập").fill(USERNAME);
  await dialog.getByRole("button", { name: "Tạo tài khoản", exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(`Tài khoản «${USERNAME}» của ${NAME} đã sẵn sàng.`)).toBeVisible();
  const row = table.getByRole("row", { name: new RegExp(NAME) });
  await expect(row).toContainText(USERNAME);
  await expect(row).toContainText(`${ROLE} · ${UNIT}`);
  await expect(row).toContainText(todayVn());

  // The new account signs in in its own browser, on a phone; it is no admin.
  const hoa = await (await browser.newContext({ viewport: PHONE })).newPage();
  await signInWith(hoa, USERNAME, FIRST_PASSWORD);
  await expect(hoa).not.toHaveURL(/\/dang-nhap/);
  await hoa.goto("/quan-tri");
  await expect(
    hoa.getByRole("heading", { name: "Chỉ quản trị của cơ quan chủ trì quản lý tài khoản" }),
  ).toBeVisible();
  expect(await axeViolations(hoa)).toEqual([]);
  await hoa.screenshot({ path: test.info().outputPath("not-admin-390.png") });

  // It changes its password: a wrong current password is said at its field, and nothing changes.
  await hoa.getByRole("button", { name: `Tài khoản của ${NAME}` }).click();
  await hoa.getByRole("menuitem", { name: "Đổi mật khẩu" }).click();
  const change = hoa.getByRole("dialog", { name: "Đổi mật khẩu" });
  await fieldOf(change, "Mật khẩu hiện tại").fill("khong-phai-mat-khau");
  await fieldOf(change, "Mật khẩu mới").fill(OWN_PASSWORD);
  await fieldOf(change, "Nhập lại mật khẩu mới").fill(OWN_PASSWORD);
  await change.getByRole("button", { name: "Đổi mật khẩu", exact: true }).click();
  await expectErrorAt(fieldOf(change, "Mật khẩu hiện tại"), "Mật khẩu hiện tại không đúng");
  await expect(change).toBeVisible();
  expect(await axeViolations(hoa, "[role=dialog]")).toEqual([]);
  await hoa.screenshot({ path: test.info().outputPath("change-password-390.png") });
  await fieldOf(change, "Mật khẩu hiện tại").fill(FIRST_PASSWORD);
  await change.getByRole("button", { name: "Đổi mật khẩu", exact: true }).click();
  await expect(change).toBeHidden();
  await expect(
    hoa.getByText("Mật khẩu mới đã có hiệu lực; không có phiên đăng nhập nào khác."),
  ).toBeVisible();

  // The admin resets it; the notification says the account's session was ended.
  await page.reload();
  await row.getByRole("button", { name: `Đặt lại mật khẩu của ${NAME}` }).click();
  const reset = page.getByRole("dialog", { name: "Đặt lại mật khẩu" });
  await fieldOf(reset, "Mật khẩu mới").fill(RESET_PASSWORD);
  await fieldOf(reset, "Nhập lại mật khẩu mới").fill(`${RESET_PASSWORD}x`);
  await reset.getByRole("button", { name: "Đặt lại mật khẩu", exact: true }).click();
  await expectErrorAt(fieldOf(reset, "Nhập lại mật khẩu mới"), "Hai lần nhập mật khẩu chưa giống nhau");
  expect(await axeViolations(page, "[role=dialog]")).toEqual([]);
  await fieldOf(reset, "Nhập lại mật khẩu mới").fill(RESET_PASSWORD);
  await reset.getByRole("button", { name: "Đặt lại mật khẩu", exact: true }).click();
  await expect(reset).toBeHidden();
  await expect(
    page.getByText(`Mật khẩu của ${NAME} đã được thay; 1 phiên đăng nhập của tài khoản này đã bị kết thúc.`),
  ).toBeVisible();

  // The editor's open page asks the server once more and finds itself signed out.
  await hoa.getByRole("button", { name: "Mở menu điều hướng" }).click();
  await hoa
    .getByRole("navigation", { name: "Điều hướng chính" })
    .getByRole("link", { name: "Cán bộ", exact: true })
    .click();
  await expect(hoa).toHaveURL(/\/dang-nhap/);
  await signInWith(hoa, USERNAME, OWN_PASSWORD);
  await expect(hoa.getByRole("alert").filter({ hasText: "Đăng nhập không thành công" })).toBeVisible();
  await signInWith(hoa, USERNAME, RESET_PASSWORD);
  await expect(hoa).not.toHaveURL(/\/dang-nhap/);

  // The page at a phone's width keeps name, roles and the action in view.
  await page.setViewportSize(PHONE);
  const phoneReset = row.getByRole("button", { name: `Đặt lại mật khẩu của ${NAME}` });
  await phoneReset.scrollIntoViewIfNeeded();
  await expect(phoneReset).toBeInViewport({ ratio: 1 });
  await expect(row.getByText(`${ROLE} · ${UNIT}`)).toBeInViewport({ ratio: 1 });
  await expect(row.getByRole("rowheader", { name: new RegExp(NAME) })).toBeInViewport();
  await page.screenshot({ path: test.info().outputPath("accounts-390.png"), fullPage: true });
  expect(await axeViolations(page)).toEqual([]);
});
