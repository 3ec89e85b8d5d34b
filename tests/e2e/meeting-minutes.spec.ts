import { expect } from "@playwright/test";
import { pdfText } from "../../src/modules/documents/test-files";
import { axeViolations } from "./axe";
import { test } from "./fixtures";
import { castBallot, csrfHeaders, docxText, live, signedIn } from "./meeting-helpers";

// A new meeting from convening to signed minutes: the cluster head names the chair (from the register: his
// account comes with him) and the secretary (typed, her account chosen), moves the meeting to another place,
// runs it with a live secret vote the projector follows, ends it and drafts the minutes; the chair and the
// secretary approve them from their own accounts, which locks them; the DOCX and the PDF carry the title.

const TITLE = "Hội nghị giao ban Cụm thi đua tháng 6 năm 2021";
const QUESTION = "Thông qua chương trình công tác quý III";

test("a new meeting's minutes are approved by its chair's and its secretary's own accounts, then downloaded", async ({
  browser,
}) => {
  test.setTimeout(420_000);
  const head = await signedIn(browser, "cumtruong");
  await head.goto("/hoi-nghi/moi");
  await live(head.getByRole("heading", { name: "Triệu tập hội nghị mới" })).toBeVisible();
  await head.getByLabel("Loại hội nghị").selectOption({ label: "Giao ban" });
  await head.getByRole("textbox", { name: "Tên hội nghị" }).fill(TITLE);
  await head
    .getByRole("textbox", { name: "Mục đích" })
    .fill("Rà soát nhiệm vụ tháng 6, thống nhất chương trình quý III");
  await head.getByLabel("Ngày họp").fill("2021-06-22");
  await head.getByLabel("Giờ bắt đầu").fill("08:00");
  await head.getByRole("textbox", { name: "Địa điểm" }).fill("TP Uông Bí");

  // The chair from the register brings his own account; the typed secretary is given hers.
  const chair = head.getByLabel("Cán bộ (Chủ trì)");
  const ngan = chair.locator("option", { hasText: "Trương Công Ngàn" });
  await chair.selectOption((await ngan.getAttribute("value")) ?? "");
  const chairAccount = head.getByLabel("Tài khoản đăng nhập (Chủ trì)");
  await live(chairAccount.locator("option:checked")).toHaveText("Trương Công Ngàn (chutri)");
  await expect(
    head.getByText("Tự động gắn tài khoản của cán bộ này: Trương Công Ngàn (chutri)"),
  ).toBeVisible();
  await head.getByRole("textbox", { name: "Họ tên (Thư ký)" }).fill("Nguyễn Thị Thư");
  await head.getByRole("textbox", { name: "Chức vụ (Thư ký)" }).fill("Chuyên viên Ban Tuyên giáo Tỉnh ủy");
  await head
    .getByLabel("Tài khoản đăng nhập (Thư ký)")
    .selectOption({ label: "Chuyên viên Ban Tuyên giáo Tỉnh ủy (thuky)" });
  await head.screenshot({ path: "test-results/meeting-accounts-new-1366.png", fullPage: true });
  expect(await axeViolations(head)).toEqual([]);
  await head.getByRole("button", { name: "Triệu tập", exact: true }).click();
  await live(head.getByRole("heading", { name: TITLE, level: 1 })).toBeVisible();
  const meetingId = head.url().split("/").at(-1) ?? "";
  await expect(head.getByText(/Thư ký:.*Nguyễn Thị Thư/)).toBeVisible();
  await expect(head.getByText("chưa gắn tài khoản", { exact: false })).toHaveCount(0);

  // The place changes after convening; the chair and the secretary stay as they are.
  await head.getByRole("button", { name: "Sửa thông tin hội nghị" }).click();
  const edit = head.getByRole("dialog", { name: "Sửa thông tin hội nghị" });
  await edit.getByRole("textbox", { name: "Địa điểm" }).fill("TP Cẩm Phả");
  await expect(edit.getByLabel("Cán bộ (Chủ trì)").locator("option:checked")).toHaveText(
    /Giữ nguyên: Trương Công Ngàn/,
  );
  await head.screenshot({ path: "test-results/meeting-edit-1366.png" });
  expect(await axeViolations(head)).toEqual([]);
  await edit.getByRole("button", { name: "Lưu thông tin" }).click();
  await live(edit).toBeHidden();
  await live(head.getByText(/Giao ban · .*22\/06\/2021.* · TP Cẩm Phả/)).toBeVisible();

  // One item, the units invited, two of them present; then the meeting starts.
  await head.getByRole("button", { name: "Thêm mục", exact: true }).click();
  const item = head.getByRole("dialog", { name: "Thêm mục chương trình" });
  await item.getByRole("textbox", { name: "Nội dung" }).fill("Thống nhất chương trình công tác quý III");
  await item.getByRole("textbox", { name: "Thời lượng (phút)" }).fill("20");
  await item.getByRole("button", { name: "Lưu mục" }).click();
  await live(item).toBeHidden();
  await head.getByRole("button", { name: "Mời các đơn vị chưa được mời (6)" }).click();
  await live(head.getByText("Đã mời đủ các đơn vị thành viên.")).toBeVisible();
  const headers = await csrfHeaders(head);
  type View = {
    data: {
      units: { unitId: string; name: string }[];
      delegates: { id: string; unitId: string | null; version: number }[];
    };
  };
  const view = (await (await head.request.get(`/api/meetings/${meetingId}`)).json()) as View;
  const present = view.data.units.filter((u) => /Hạ Long|Uông Bí/.test(u.name)).map((u) => u.unitId);
  for (const d of view.data.delegates.filter((x) => x.unitId && present.includes(x.unitId))) {
    const res = await head.request.put(`/api/meetings/${meetingId}/delegates/${d.id}/attendance`, {
      headers,
      data: { attendance: "present", version: d.version },
    });
    expect(res.status()).toBe(200);
  }
  await head.getByRole("button", { name: "Bắt đầu hội nghị" }).click();
  await live(head.getByText("Đang họp", { exact: true })).toBeVisible();

  // The live secret vote, prepared on the meeting page; the server's objections land on their fields.
  await head.getByRole("button", { name: "Thêm biểu quyết" }).click();
  const voteForm = head.getByRole("dialog", { name: "Chuẩn bị biểu quyết" });
  await voteForm.getByRole("button", { name: "Lưu biểu quyết" }).click();
  await live(voteForm.getByText("Không được để trống")).toBeVisible();
  await voteForm.getByRole("textbox", { name: "Nội dung biểu quyết" }).fill(QUESTION);
  // An election offers the member units as candidates; with none ticked it is refused on the candidates.
  await voteForm
    .getByLabel("Hình thức biểu quyết")
    .selectOption({ label: "Bầu, bình chọn trong các ứng viên" });
  await expect(voteForm.getByRole("checkbox")).toHaveCount(view.data.units.length);
  await voteForm.getByRole("button", { name: "Lưu biểu quyết" }).click();
  await live(voteForm.getByText("Số ứng viên phải từ số chỗ trở lên")).toBeVisible();
  await voteForm
    .getByLabel("Hình thức biểu quyết")
    .selectOption({ label: "Biểu quyết một vấn đề (đồng ý / không đồng ý / không biểu quyết)" });
  await expect(voteForm.getByLabel("Cách bỏ phiếu").locator("option:checked")).toHaveText("Bỏ phiếu kín");
  await voteForm
    .getByLabel("Ngưỡng thông qua")
    .selectOption({ label: "Ít nhất hai phần ba số phiếu hợp lệ" });
  await voteForm.getByRole("textbox", { name: /^Túc số/ }).fill("50");
  await voteForm
    .getByLabel("Thuộc mục chương trình")
    .selectOption({ label: "1. Thống nhất chương trình công tác quý III" });
  await head.screenshot({ path: "test-results/meeting-vote-form-1366.png" });
  expect(await axeViolations(head, "[role=dialog]")).toEqual([]);
  await head.setViewportSize({ width: 390, height: 844 });
  const box = await voteForm.boundingBox();
  expect((box?.x ?? -1) >= 0 && (box?.x ?? 0) + (box?.width ?? 999) <= 390).toBe(true);
  expect(await head.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await head.screenshot({ path: "test-results/meeting-vote-form-390.png" });
  expect(await axeViolations(head, "[role=dialog]")).toEqual([]);
  await head.setViewportSize({ width: 1366, height: 800 });
  await voteForm.getByRole("button", { name: "Lưu biểu quyết" }).click();
  await live(voteForm).toBeHidden();
  await live(head.getByRole("heading", { name: QUESTION })).toBeVisible();
  const projector = await signedIn(browser, "quansat");
  await projector.goto(`/hoi-nghi/${meetingId}/trinh-chieu`);
  await live(projector.getByText(/Đang cập nhật trực tiếp/)).toBeVisible();
  await head.getByRole("button", { name: "Mở biểu quyết" }).click();
  await live(projector.getByText("Đã bỏ phiếu 0/2")).toBeVisible();
  for (const [username, width] of [
    ["halong", 390],
    ["uongbi", 1366],
  ] as const) {
    const delegate = await signedIn(browser, username, width);
    await castBallot(delegate, meetingId, QUESTION, "Đồng ý");
    await delegate.context().close();
  }
  await live(projector.getByText("Đã bỏ phiếu 2/2")).toBeVisible();
  await head.getByRole("button", { name: "Đóng và kiểm phiếu" }).click();
  await live(projector.getByText("Thông qua", { exact: true })).toBeVisible();
  await live(projector.getByRole("row", { name: /Đồng ý 2 phiếu/ })).toBeVisible();
  await projector.screenshot({ path: "test-results/meeting-minutes-projector-1366.png" });
  await projector.context().close();

  // Ended, after a confirmation; the minutes are drafted from the record.
  await head.getByRole("button", { name: "Kết thúc hội nghị" }).click();
  await head
    .getByRole("alertdialog", { name: "Kết thúc hội nghị?" })
    .getByRole("button", { name: "Kết thúc" })
    .click();
  await live(head.getByText("Đã kết thúc", { exact: true }).first()).toBeVisible();
  await expect(head.getByRole("button", { name: "Sửa thông tin hội nghị" })).toHaveCount(0);
  await head.getByRole("button", { name: "Dự thảo từ diễn biến" }).click();
  await live(head.getByText("Dự thảo", { exact: true })).toBeVisible();
  // The head prepares the meeting but signs nothing.
  await expect(head.getByRole("button", { name: "Chủ trì duyệt" })).toHaveCount(0);

  // The chair and the secretary approve from their own accounts (the secretary on her phone).
  const chairPage = await signedIn(browser, "chutri");
  await chairPage.goto(`/hoi-nghi/${meetingId}`);
  await live(chairPage.getByRole("button", { name: "Chủ trì duyệt" })).toBeVisible();
  await expect(chairPage.getByRole("button", { name: "Thư ký duyệt" })).toHaveCount(0);
  await chairPage.getByRole("button", { name: "Chủ trì duyệt" }).click();
  await live(chairPage.getByRole("button", { name: "Chủ trì duyệt" })).toHaveCount(0);
  const secretaryPage = await signedIn(browser, "thuky", 390);
  await secretaryPage.goto(`/hoi-nghi/${meetingId}`);
  await secretaryPage.getByRole("button", { name: "Thư ký duyệt" }).click();
  await live(secretaryPage.getByText("Đã duyệt", { exact: true })).toBeVisible();
  const width = await secretaryPage.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(390);
  await secretaryPage.screenshot({ path: "test-results/meeting-minutes-approved-390.png", fullPage: true });
  expect(await axeViolations(secretaryPage)).toEqual([]);

  // Locked: no more redrafting, on the page or through the API.
  await head.reload();
  await live(head.getByText("Đã duyệt", { exact: true })).toBeVisible();
  await expect(head.getByRole("button", { name: "Dự thảo từ diễn biến" })).toHaveCount(0);
  const redraft = await head.request.post(`/api/meetings/${meetingId}/minutes/draft`, { headers });
  expect(redraft.status()).toBe(409);

  // The news report is drafted from the record and read in the browser, or downloaded as Markdown.
  await head.getByRole("button", { name: "Dự thảo tin bài" }).click();
  await live(head.getByRole("link", { name: "Tải tin bài (Markdown)" })).toBeVisible();
  await expect(head.getByRole("button", { name: "Dự thảo tin bài" })).toHaveCount(0);
  const news = await head.request.get(
    (await head.getByRole("link", { name: "Tải tin bài (Markdown)" }).getAttribute("href")) ?? "",
  );
  expect(news.status()).toBe(200);
  const newsText = await news.text();
  expect(newsText).toContain(TITLE);
  expect(newsText).toContain("tại TP Cẩm Phả");
  expect(newsText).toContain("Đồng chí Trương Công Ngàn");
  const newsHtml = await head.request.get(
    (await head.getByRole("link", { name: "Tin bài", exact: true }).getAttribute("href")) ?? "",
  );
  expect(newsHtml.status()).toBe(200);
  expect(await newsHtml.text()).toContain("tại TP Cẩm Phả");
  await head.screenshot({ path: "test-results/meeting-minutes-approved-1366.png", fullPage: true });

  // The signed minutes as files: a real DOCX (a ZIP) and a real PDF, each with the meeting's title.
  const heading = TITLE.toLocaleUpperCase("vi");
  const docx = await chairPage.request.get(`/api/meetings/${meetingId}/minutes.docx`);
  expect(docx.status()).toBe(200);
  const docxBytes = new Uint8Array(await docx.body());
  expect(Buffer.from(docxBytes.subarray(0, 2)).toString("latin1")).toBe("PK");
  expect(docxBytes.length).toBeGreaterThan(5_000);
  const wordText = await docxText(docxBytes);
  expect(wordText).toContain(heading);
  expect(wordText).toContain("Nguyễn Thị Thư");
  const pdf = await secretaryPage.request.get(`/api/meetings/${meetingId}/minutes.pdf`);
  expect(pdf.status()).toBe(200);
  const pdfBytes = new Uint8Array(await pdf.body());
  expect(Buffer.from(pdfBytes.subarray(0, 5)).toString("latin1")).toBe("%PDF-");
  expect(pdfBytes.length).toBeGreaterThan(5_000);
  const text = pdfText(pdfBytes, "e2e-meeting-minutes").replace(/\s+/g, " ");
  expect(text).toContain(heading);
  expect(text).toContain("Cẩm Phả");
  expect(text).not.toContain("DỰ THẢO");
});
