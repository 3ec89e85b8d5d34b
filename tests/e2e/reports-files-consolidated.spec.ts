import { readFile } from "node:fs/promises";
import { expect, type Page } from "@playwright/test";
import { unzipEntries } from "../../src/modules/documents/test-files";
import { axeViolations } from "./axe";
import { test } from "./fixtures";
import { csrfHeaders, docxText } from "./meeting-helpers";
import { signIn } from "./sign-in";

// Issue 12's last gaps in the browser: Móng Cái attaches files to its 2020 report (awaiting the head), a program
// disguised as a PDF is refused with the server's reason, one file is removed after confirming; the cluster head
// opens the consolidated report drafted from the six reports and the ranking, edits a section with the
// rich-text toolbar (a bold phrase, a bulleted list), saves, finds it again after a reload, and downloads it as
// Word (the phrase still bold) and PDF.
const UNIT = "Ban Tuyên giáo Thành ủy Móng Cái";
const TYPED = "Cụm hoàn thành 100% chỉ tiêu tuyên truyền Đại hội XIII; sáu đơn vị đều nộp báo cáo đúng hạn.";
const BOLD = "Đông Triều và Hạ Long";
const ITEMS = ["Hạ Long: 62 hội nghị báo cáo viên", "Uông Bí: 33 điểm nắm dư luận"];

/** Screenshots at 390 then 1366 px, each checked by axe (within a dialog when given); nothing scrolls sideways. */
const both = async (page: Page, name: string, within?: string) => {
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await axeViolations(page, within)).toEqual([]);
  await page.screenshot({ path: test.info().outputPath(`${name}-390.png`), fullPage: !within });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.setViewportSize({ width: 1366, height: 900 });
  expect(await axeViolations(page, within)).toEqual([]);
  await page.screenshot({ path: test.info().outputPath(`${name}-1366.png`), fullPage: !within });
};

/** A small valid PDF padded to `size` bytes (a comment line before the end). */
const pdf = (size: number) => {
  const head = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%";
  const tail = "\n%%EOF\n";
  return Buffer.from(head + "x".repeat(size - head.length - tail.length) + tail, "latin1");
};
const ELF = Buffer.from([
  0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3e, 0, 1, 0, 0, 0,
]);

const downloaded = async (page: Page, link: string) => {
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: link }).click(),
  ]);
  return readFile(await download.path());
};

test("a unit attaches files to its report; the head edits the consolidated report and downloads it", async ({
  page,
}) => {
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 1366, height: 900 });

  // Móng Cái attaches two PDFs to its submitted report; sizes in Vietnamese format.
  await signIn(page, "mongcai");
  await page.goto("/bao-cao?year=2020");
  await page.getByRole("table", { name: "Danh sách báo cáo" }).getByRole("link", { name: UNIT }).click();
  await expect(page.getByText("Chưa có tệp đính kèm.")).toBeVisible();
  const chooser = page.locator('input[type="file"]');
  await chooser.setInputFiles([
    { name: "Biên bản hội nghị.pdf", mimeType: "application/pdf", buffer: pdf(1536) },
    { name: "Danh sách tham dự.pdf", mimeType: "application/pdf", buffer: pdf(800) },
  ]);
  const files = page.getByRole("table", { name: "Tệp đính kèm của báo cáo" });
  await expect(files.getByRole("row")).toHaveCount(3, { timeout: 20_000 });
  await expect(files.getByRole("row").filter({ hasText: "Biên bản hội nghị.pdf" })).toContainText("1,5 KB");
  await expect(files.getByRole("link", { name: "Danh sách tham dự.pdf" })).toBeVisible();

  // A program renamed to .pdf is refused by its content, with the server's reason.
  await chooser.setInputFiles({ name: "Bao cao.pdf", mimeType: "application/pdf", buffer: ELF });
  const refused = page.getByRole("alert").filter({ hasText: "Có tệp chưa tải lên được" });
  await expect(refused).toContainText(
    'Tệp "Bao cao.pdf" không phải PDF, ảnh, Word hay Excel (kiểm tra theo nội dung tệp).',
  );
  await expect(files.getByRole("row")).toHaveCount(3);
  await both(page, "report-files");
  // On a phone the attachments fit the screen: no column scrolls out of view.
  await page.setViewportSize({ width: 390, height: 844 });
  const fit = await files.evaluate((t) => ({
    right: t.getBoundingClientRect().right,
    scroll: t.scrollWidth,
  }));
  expect(fit.right).toBeLessThanOrEqual(390);
  expect(fit.scroll).toBeLessThanOrEqual(390);
  await expect(files.getByRole("row").filter({ hasText: "Biên bản hội nghị.pdf" })).toContainText("1,5 KB");
  await page.setViewportSize({ width: 1366, height: 900 });

  // One file is removed after confirming.
  await files.getByRole("button", { name: "Xóa tệp Danh sách tham dự.pdf" }).click();
  const dialog = page.getByRole("dialog", { name: "Gỡ tệp đính kèm" });
  await expect(dialog).toContainText("Gỡ tệp «Danh sách tham dự.pdf» khỏi báo cáo?");
  await both(page, "report-file-remove", '[role="dialog"]');
  await dialog.getByRole("button", { name: "Gỡ tệp" }).click();
  await expect(dialog).toBeHidden();
  await expect(files.getByRole("row")).toHaveCount(2);
  await expect(files).toContainText("Biên bản hội nghị.pdf");

  // The head opens the consolidated report drafted from the six reports.
  await signIn(page, "cumtruong");
  await page.goto("/bao-cao?year=2020");
  await page
    .getByRole("region", { name: /Kỳ báo cáo của/ })
    .getByRole("link", { name: "Báo cáo tổng hợp của cụm" })
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(
    "Báo cáo tổng hợp kết quả công tác năm 2020",
  );
  await expect(page.getByText("Bản nháp ghép tự động")).toBeVisible();
  await expect(page.getByText("Đã có 6/6 đơn vị gửi báo cáo", { exact: true })).toBeVisible();
  await expect(page.getByRole("heading", { name: UNIT }).first()).toBeVisible();
  await both(page, "consolidated");

  // It edits the highlights: a sentence, then a bold phrase and a bulleted list made with the toolbar.
  await page.getByRole("button", { name: "Biên tập" }).click();
  const highlights = page.getByRole("textbox", { name: /Kết quả nổi bật$/ });
  await highlights.fill(TYPED);
  const tools = page.getByRole("toolbar", { name: /Kết quả nổi bật/ });
  // The draft opened on a unit's sub-heading; the typed sentence took its place, so it becomes body text.
  const heading = tools.getByRole("button", { name: "Tiêu đề mục nhỏ" });
  await expect(heading).toHaveAttribute("aria-pressed", "true");
  await heading.click();
  await expect(heading).toHaveAttribute("aria-pressed", "false");
  await expect(highlights.locator("p").first()).toHaveText(TYPED);
  const bold = tools.getByRole("button", { name: "In đậm", exact: true });
  await highlights.press("Control+End");
  await page.keyboard.press("Enter");
  await bold.click();
  await expect(bold).toHaveAttribute("aria-pressed", "true");
  await expect(highlights).toBeFocused();
  await page.keyboard.type(BOLD);
  await bold.click();
  await expect(bold).toHaveAttribute("aria-pressed", "false");
  await page.keyboard.type(" dẫn đầu cụm về số tin, bài.");
  await page.keyboard.press("Enter");
  await tools.getByRole("button", { name: "Danh sách gạch đầu dòng" }).click();
  await expect(highlights).toBeFocused();
  await page.keyboard.type(ITEMS[0] ?? "");
  await page.keyboard.press("Enter");
  await page.keyboard.type(ITEMS[1] ?? "");
  await expect(highlights.locator("strong")).toHaveText(BOLD);
  await expect(highlights.getByRole("listitem")).toHaveText(ITEMS);
  await both(page, "consolidated-edit");

  // Meanwhile the same report is saved elsewhere (another tab): the save answers 409, and loading the newest
  // version keeps what was typed here and takes the other edit.
  const periodId = page.url().split("/").at(-1) ?? "";
  const api = `/api/report-periods/${periodId}/consolidated`;
  const current = (await (await page.request.get(api)).json()) as {
    data: { version: number; sections: { key: string; title: string; html: string }[] };
  };
  const elsewhere = await page.request.put(api, {
    headers: await csrfHeaders(page),
    data: {
      version: current.data.version,
      sections: current.data.sections.map((s) =>
        s.key === "proposals" ? { ...s, html: "<p>Đề nghị Tỉnh ủy khen thưởng hai đơn vị dẫn đầu.</p>" } : s,
      ),
    },
  });
  expect(elsewhere.status()).toBe(200);
  await page.getByRole("button", { name: "Lưu báo cáo tổng hợp" }).click();
  const stale = page.getByRole("alert").filter({ hasText: "Có người vừa lưu báo cáo tổng hợp" });
  await expect(stale).toContainText("Báo cáo tổng hợp vừa được người khác lưu.");
  await stale.getByRole("button", { name: "Tải bản mới nhất" }).click();
  await expect(stale).toBeHidden();
  await expect(highlights).toContainText(TYPED);
  await expect(highlights.locator("strong")).toHaveText(BOLD);
  await expect(highlights.getByRole("listitem")).toHaveText(ITEMS);
  await expect(page.getByRole("textbox", { name: /Đề xuất, kiến nghị$/ })).toHaveText(
    "Đề nghị Tỉnh ủy khen thưởng hai đơn vị dẫn đầu.",
  );
  await page.getByRole("button", { name: "Lưu báo cáo tổng hợp" }).click();
  await expect(page.getByText("Đã lưu (lần 2)")).toBeVisible();
  await expect(page.getByText(TYPED)).toBeVisible();
  await expect(page.getByText("Đề nghị Tỉnh ủy khen thưởng hai đơn vị dẫn đầu.")).toBeVisible();

  // The bold phrase and the list are stored: they are still there after a reload.
  const saved = async () => {
    const section = page.getByRole("region", { name: /^\d+\. Kết quả nổi bật$/ });
    await expect(section.locator("strong")).toHaveText(BOLD);
    await expect(section.getByRole("listitem")).toHaveText(ITEMS);
  };
  await saved();
  await page.reload();
  await saved();

  // Word (the phrase in a bold run, the items as "- " lines) and PDF.
  const docx = await downloaded(page, "Tải Word");
  expect(docx.subarray(0, 2).toString("latin1")).toBe("PK");
  const text = await docxText(docx);
  expect(text).toContain(TYPED);
  expect(text).toContain(`${BOLD} dẫn đầu cụm về số tin, bài.`);
  for (const item of ITEMS) expect(text.split("\n")).toContain(`- ${item}`);
  const xml = (await unzipEntries(docx)).get("word/document.xml")?.toString("utf8") ?? "";
  const boldRun = [...xml.matchAll(/<w:r>(.*?)<\/w:r>/gs)].find((m) => m[1]?.includes(`>${BOLD}</w:t>`));
  expect(boldRun?.[1]).toContain("<w:b/>");
  const pdfFile = await downloaded(page, "Tải PDF");
  expect(pdfFile.subarray(0, 5).toString("latin1")).toBe("%PDF-");
});
