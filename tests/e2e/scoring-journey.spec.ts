import { expect, type Locator, type Page } from "@playwright/test";
import { axeViolations } from "./axe";
import { test } from "./fixtures";
import { signIn } from "./sign-in";

// The demo's 2021 cluster has a locked pact and every assessment still in draft. Uông Bí scores
// itself (Hạ Long is the head's own unit, which the head does not review).
const YEAR = "2021";
const UNIT = "Ban Tuyên giáo Thành ủy Uông Bí";
const REVIEWED = "I.2";

/** From the sidebar to the unit's assessment in the 2021 cluster (the only cluster of that year). */
const openAssessment = async (page: Page) => {
  await page.goto(`/cham-diem?year=${YEAR}`);
  await expect(page).toHaveURL(/cum=/);
  await page
    .getByRole("table", { name: "Tình trạng chấm điểm của các đơn vị" })
    .getByRole("link", { name: UNIT })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: UNIT })).toBeVisible();
};

/** WCAG 2.1 A/AA violations on the current page, as readable lines. */

const card = (page: Page, code: string): Locator =>
  page.getByRole("article", { name: new RegExp(`^${code.replaceAll(".", "\\.")}\\. `) });

const status = (page: Page, name: string) =>
  expect(page.locator("main").getByText(name, { exact: true }).first()).toBeVisible();

/** Presses a workflow button and confirms it in its dialog. */
const move = async (page: Page, button: string) => {
  await page.getByRole("button", { name: button, exact: true }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByRole("button", { name: button, exact: true }).click();
  await expect(dialog).toBeHidden();
};

/** Fills one criterion's self-score with the control its method has (saved with the whole form). */
const selfScore = async (article: Locator) => {
  const heading = (await article.getByRole("heading").first().textContent()) ?? "";
  const code = heading.split(". ")[0] ?? "";
  // Inputs are labelled by what they ask for ("Kết quả thực hiện (bài) — tự chấm I.4"), ending with stage and code.
  const label = new RegExp(`— tự chấm ${code.replaceAll(".", "\\.")}$`);
  const select = article.getByRole("combobox", { name: label });
  const yes = article.getByText("Có", { exact: true });
  if ((await select.count()) > 0) {
    await select.selectOption({ index: 1 });
  } else if ((await yes.count()) > 0) {
    await yes.click();
  } else {
    const penalty = (await article.getByText("Điểm trừ", { exact: true }).count()) > 0;
    await article.getByRole("textbox", { name: label }).fill(penalty ? "0" : "1");
  }
};

/** The form's one save, and its confirmation. */
const saveAll = async (page: Page) => {
  const bar = page.getByRole("region", { name: "Lưu bảng điểm" });
  await bar.getByRole("button", { name: "Lưu tất cả" }).click();
  // One transaction writes every criterion with its audit row: give it time on a busy machine.
  await expect(bar.getByText("Đã lưu", { exact: true })).toBeVisible({ timeout: 30_000 });
};

test("a unit self-scores and submits, the head reviews, the unit explains, the council publishes, the ranking shows it", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const unit = await (await browser.newContext()).newPage();
  const head = await (await browser.newContext()).newPage();
  const admin = await (await browser.newContext()).newPage();

  // 1. Uông Bí's editor scores every criterion and submits.
  await signIn(unit, "uongbi");
  await openAssessment(unit);
  await status(unit, "Đang tự chấm");
  const toScore = unit.getByRole("article").filter({ has: unit.getByLabel(/— tự chấm /) });
  // The criteria render after the status: count them only once they are there (count() does not wait).
  await expect(toScore.first()).toBeVisible();
  const count = await toScore.count();
  expect(count).toBeGreaterThan(10);
  for (let i = 0; i < count; i++) await selfScore(toScore.nth(i));
  await expect(unit.getByText(`${count} tiêu chí chưa lưu`)).toBeVisible();
  await saveAll(unit);
  await expect(unit.getByRole("button", { name: "Nộp bản tự chấm", exact: true })).toBeEnabled();
  await move(unit, "Nộp bản tự chấm");
  await status(unit, "Đã nộp, chờ thẩm định");
  await expect(unit.getByLabel(/— tự chấm /)).toHaveCount(0);

  // 2. The cluster head lowers one criterion, with a comment, and asks for an explanation.
  await signIn(head, "cumtruong");
  await openAssessment(head);
  const reviewed = card(head, REVIEWED);
  await reviewed.getByRole("textbox", { name: `Điểm — thẩm định ${REVIEWED}` }).fill("0");
  await head
    .getByRole("region", { name: "Lưu bảng điểm" })
    .getByRole("button", { name: "Lưu tất cả" })
    .click();
  await expect(reviewed.getByText(/bắt buộc có nhận xét/)).toBeVisible();
  await reviewed
    .getByRole("textbox", { name: /^Nhận xét/ })
    .fill("Chưa có minh chứng về các buổi tuyên truyền.");
  await saveAll(head);
  await expect(reviewed.getByText("Thẩm định khác tự chấm")).toBeVisible();
  // Only one criterion was reviewed: completing the review asks to confirm that the rest keep the self score.
  await head.getByRole("button", { name: "Hoàn thành thẩm định", exact: true }).click();
  const partial = head.getByRole("dialog");
  await expect(partial.getByRole("button", { name: "Hoàn thành thẩm định", exact: true })).toBeDisabled();
  await partial.getByRole("checkbox", { name: /giữ điểm tự chấm/ }).check();
  await partial.getByRole("button", { name: "Hoàn thành thẩm định", exact: true }).click();
  await expect(partial).toBeHidden();
  await status(head, "Đã thẩm định");
  await move(head, "Yêu cầu giải trình");
  await status(head, "Đang giải trình");

  // 3. The unit answers the reviewer on that criterion.
  await unit.reload();
  await status(unit, "Đang giải trình");
  const answer = card(unit, REVIEWED);
  await answer
    .getByRole("textbox", { name: `Nội dung giải trình về ${REVIEWED}` })
    .fill("Đơn vị đã tổ chức 12 buổi tuyên truyền; biên bản gửi kèm.");
  await answer.getByRole("button", { name: "Lưu giải trình" }).click();
  await expect(answer.getByText("Đã lưu", { exact: true })).toBeVisible();

  // 4. The council finalises; the final score is the reviewed one. Publication waits for the whole cluster.
  await signIn(admin, "admin");
  await openAssessment(admin);
  await expect(card(admin, REVIEWED)).toContainText("Đơn vị đã tổ chức 12 buổi tuyên truyền");
  await move(admin, "Chốt điểm");
  await status(admin, "Đã chốt điểm");
  await expect(admin.getByRole("button", { name: "Công bố kết quả" })).toHaveCount(0);
  const finalCard = admin.getByRole("group", { name: "Điểm chốt" });
  const finalTotal = (((await finalCard.textContent()) ?? "").match(/\d+(?:,\d+)?/) ?? [""])[0];
  expect(finalTotal).not.toBe("");
  await admin.screenshot({ path: test.info().outputPath("assessment-published.png"), fullPage: true });
  expect(await axeViolations(admin)).toEqual([]);

  // 5. The provisional ranking, clearly marked, shows Uông Bí with that total; the cluster is not published
  // while the other units are still scoring.
  await admin.goto(`/xep-hang?year=${YEAR}&giai-doan=draft`);
  await expect(admin.getByText("Xếp hạng tạm tính — chưa công bố")).toBeVisible();
  await expect(admin.getByRole("button", { name: "Công bố kết quả cả cụm" })).toBeDisabled();
  const table = admin.getByRole("table", { name: `Bảng xếp hạng thi đua năm ${YEAR}` });
  const row = table.getByRole("row", { name: new RegExp(UNIT) });
  await expect(row).toBeVisible();
  await expect(row.getByRole("cell").nth(1)).toHaveText(finalTotal);
  await expect(admin.getByRole("link", { name: "Tải Excel" })).toHaveAttribute(
    "href",
    /ranking\.xlsx\?stage=draft/,
  );
  await admin.screenshot({ path: test.info().outputPath("ranking-2021.png"), fullPage: true });
  expect(await axeViolations(admin)).toEqual([]);
});
