import { type Browser, expect, type Page } from "@playwright/test";
import { unzipEntries } from "../../src/modules/documents/test-files";

// Steps shared by the meeting journeys: signing in a browser of its own, a delegate's secret ballot, and
// reading a downloaded DOCX's text.

/** Live updates cross several browsers on a shared machine: allow them more than the default ten seconds. */
export const live = expect.configure({ timeout: 30_000 });

/** A browser of its own (a delegate's phone at 390 px), signed in with the demo password. */
export const signedIn = async (browser: Browser, username: string, width = 1366): Promise<Page> => {
  const context = await browser.newContext({ viewport: { width, height: width > 500 ? 800 : 844 } });
  const page = await context.newPage();
  await page.goto("/dang-nhap");
  await page.getByRole("textbox", { name: "Tên đăng nhập", exact: true }).fill(username);
  await page.getByRole("textbox", { name: "Mật khẩu", exact: true }).fill("thidua-demo");
  await page.getByRole("button", { name: "Đăng nhập", exact: true }).click();
  await live(page).not.toHaveURL(/\/dang-nhap/);
  return page;
};

/** The delegate signed in on `page` casts a ballot on the open vote; returns the receipt code shown. */
export const castBallot = async (page: Page, meetingId: string, question: string, choice: string) => {
  await page.goto(`/hoi-nghi/${meetingId}/bieu-quyet`);
  await live(page.getByRole("heading", { name: question })).toBeVisible();
  await page.getByRole("radio", { name: choice, exact: true }).check();
  await page.getByRole("button", { name: "Bỏ phiếu" }).click();
  const receipt = (await page.getByTestId("receipt").textContent()) ?? "";
  expect(receipt).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  return receipt;
};

/** The headers a page's own API calls need for a write (its session's CSRF token). */
export const csrfHeaders = async (page: Page) => {
  const me = (await (await page.request.get("/api/auth/me")).json()) as { data: { csrfToken: string } };
  return { "x-csrf-token": me.data.csrfToken };
};

/** The visible text of a DOCX: the runs of word/document.xml joined per paragraph. */
export async function docxText(bytes: Uint8Array): Promise<string> {
  const xml = (await unzipEntries(bytes)).get("word/document.xml")?.toString("utf8") ?? "";
  return xml
    .split("</w:p>")
    .map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(""))
    .join("\n")
    .replace(/&amp;/g, "&");
}
