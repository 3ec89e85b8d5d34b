import { expect } from "@playwright/test";
import { axeViolations } from "./axe";
import { test } from "./fixtures";
import { castBallot, live, signedIn } from "./meeting-helpers";

// The demo's meeting of 24/11/2020 has ended with approved minutes; a live secret ballot runs at the demo's
// meeting still to be held: three delegates vote from their own browsers while the hall's projector follows;
// the chair's side opens and closes the vote.

test("delegates vote in a live secret ballot while the projector shows the turnout and then the result", async ({
  browser,
}) => {
  // Five browsers and axe on a long page: more than the default minute on a shared machine.
  test.setTimeout(300_000);
  const admin = await signedIn(browser, "admin");
  await admin.goto("/hoi-nghi");
  await admin.getByRole("link", { name: /Hội nghị giao ban Cụm thi đua Ban Tuyên giáo/ }).click();
  await live(admin.getByRole("heading", { name: "Chương trình" })).toBeVisible();
  await live(admin.getByText("Đã duyệt", { exact: true })).toBeVisible();
  const seedMeetingId = admin.url().split("/").at(-1) ?? "";
  await admin.screenshot({ path: "test-results/meeting-1366.png", fullPage: true });
  expect(await axeViolations(admin)).toEqual([]);

  await expect(admin.getByRole("link", { name: "Tải biên bản (PDF)" })).toBeVisible();
  const docx = await admin.request.get(`/api/meetings/${seedMeetingId}/minutes.docx`);
  expect(docx.status()).toBe(200);
  expect(docx.headers()["content-type"]).toContain("wordprocessingml");

  // An ended meeting takes no more votes: the live ballot is held at the next meeting.
  await admin.goto("/hoi-nghi");
  await admin.getByRole("link", { name: /Hội nghị bất thường Cụm thi đua/ }).click();
  await live(admin.getByRole("heading", { name: "Chương trình" })).toBeVisible();
  const meetingId = admin.url().split("/").at(-1) ?? "";

  // The vote is prepared through the API (the form to prepare one is not built yet), then opened on the page.
  const me = await (await admin.request.get("/api/auth/me")).json();
  const created = await admin.request.post(`/api/meetings/${meetingId}/votes`, {
    headers: { "x-csrf-token": me.data.csrfToken },
    data: {
      kind: "motion",
      secret: true,
      question: "Thông qua dự thảo kết luận hội nghị",
      threshold: { kind: "majorityOfValid" },
    },
  });
  expect(created.status()).toBe(200);
  await admin.reload();

  const projector = await signedIn(browser, "quansat");
  await projector.goto(`/hoi-nghi/${meetingId}/trinh-chieu`);
  await live(projector.getByText(/Đang cập nhật trực tiếp/)).toBeVisible();

  await admin.getByRole("button", { name: "Mở biểu quyết" }).click();
  await live(projector.getByText("Đã bỏ phiếu 0/6")).toBeVisible();

  const receipts: string[] = [];
  for (const [username, choice, width] of [
    ["halong", "Đồng ý", 390],
    ["uongbi", "Đồng ý", 1366],
    ["quangyen", "Không đồng ý", 1366],
  ] as const) {
    const delegate = await signedIn(browser, username, width);
    if (username === "halong") {
      await delegate.goto(`/hoi-nghi/${meetingId}/bieu-quyet`);
      await live(delegate.getByRole("radio", { name: choice, exact: true })).toBeVisible();
      await delegate.screenshot({ path: "test-results/ballot-390.png", fullPage: true });
      expect(await axeViolations(delegate)).toEqual([]);
    }
    const receipt = await castBallot(delegate, meetingId, "Thông qua dự thảo kết luận hội nghị", choice);
    receipts.push(receipt);
    await live(projector.getByText(`Đã bỏ phiếu ${receipts.length}/6`)).toBeVisible();
    // While open, nobody sees how the ballots read.
    await live(projector.getByText("Thông qua", { exact: true })).toHaveCount(0);
  }
  await projector.screenshot({ path: "test-results/projector-open-1366.png" });

  await admin.getByRole("button", { name: "Đóng và kiểm phiếu" }).click();
  await live(projector.getByText("Thông qua", { exact: true })).toBeVisible();
  await live(projector.getByRole("row", { name: /Đồng ý 2 phiếu/ })).toBeVisible();
  await live(projector.getByRole("row", { name: /Không đồng ý 1 phiếu/ })).toBeVisible();
  await projector.screenshot({ path: "test-results/projector-closed-1366.png" });

  // Each voter finds their receipt in the published list.
  const view = await (await admin.request.get(`/api/meetings/${meetingId}`)).json();
  const published = view.data.votes.at(-1).ballots.map((b: { receipt: string }) => b.receipt);
  expect(published).toEqual(expect.arrayContaining(receipts));

  const minutes = await admin.request.get(`/api/meetings/${seedMeetingId}/minutes.md`);
  expect(await minutes.text()).toContain("Nghị quyết số 11-NQ/TU ngày 9/3/2018");
});
