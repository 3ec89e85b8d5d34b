import { type APIRequestContext, expect, type Page } from "@playwright/test";
import { axeViolations } from "./axe";
import { test } from "./fixtures";
import { signIn } from "./sign-in";

// Each role's to-do list and the explanation round, on the demo's 2021 cluster. Cẩm Phả self-scores and
// submits and the head asks for an explanation (through the API, as the other journeys do it in the UI);
// then, in the browser, Cẩm Phả finds the request on its home page, answers it from the banner and sends
// it, and the head sees it arrive on theirs. Screenshots at 390 px with axe checks.

const YEAR = 2021;
const UNIT = "Ban Tuyên giáo Thành ủy Cẩm Phả";
const NOTE = "Đề nghị bổ sung biên bản các buổi tuyên truyền tiêu chí I.2";
const PHONE = { width: 390, height: 844 };

type Criterion = { code: string; method?: string; children?: Criterion[]; levels?: { label: string }[] };

/** A signed-in API client sharing the page's cookie, with its CSRF token. */
const apiOf = async (page: Page) => {
  const request: APIRequestContext = page.request;
  const me = (await (await request.get("/api/auth/me")).json()) as { data: { csrfToken: string } };
  const headers = { "x-csrf-token": me.data.csrfToken };
  const send = async (method: "post" | "put", url: string, data: unknown) => {
    const res = await request[method](url, { data, headers });
    expect(res.status(), `${method} ${url}: ${await res.text()}`).toBe(200);
  };
  return { request, send };
};

const valueFor = (c: Criterion): Record<string, unknown> => {
  switch (c.method) {
    case "manual":
    case "bonus":
      return { points: 1 };
    case "passFail":
      return { passed: true };
    case "target":
    case "leaderRelative":
      return { actual: 100 };
    case "levels":
      return { level: c.levels?.[0]?.label ?? "" };
    default:
      return { count: c.method === "penalty" ? 0 : 4 };
  }
};
const scored = (list: Criterion[]): Criterion[] =>
  list.flatMap((c) => (c.method === undefined ? scored(c.children ?? []) : [c]));

test("a unit sees its to-do, answers an explanation request from the banner and sends it; the head sees it arrive", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const unit = await (await browser.newContext({ viewport: PHONE })).newPage();
  const head = await (await browser.newContext()).newPage();

  // Set-up through the API: Cẩm Phả scores itself and submits; the head reviews I.2 and asks to explain.
  await signIn(unit, "campha");
  const u = await apiOf(unit);
  const clusters = (await (await u.request.get(`/api/clusters?year=${YEAR}`)).json()) as {
    data: { id: string }[];
  };
  const clusterId = clusters.data[0]!.id;
  const members = (await (await u.request.get(`/api/clusters/${clusterId}`)).json()) as {
    data: { members: { unitId: string; name: string }[] };
  };
  const unitId = members.data.members.find((m) => m.name === UNIT)!.unitId;
  const pact = (await (await u.request.get(`/api/clusters/${clusterId}/pact`)).json()) as {
    data: { pact: { criteria: Criterion[] } };
  };
  const base = `/api/clusters/${clusterId}/assessments/${unitId}`;
  const items = scored(pact.data.pact.criteria).map((c) => ({
    criterionCode: c.code,
    value: valueFor(c),
    version: 0,
  }));
  await u.send("put", `${base}/inputs`, { stage: "self", items });
  await u.send("post", `${base}/submit`, {});
  await signIn(head, "cumtruong");
  const h = await apiOf(head);
  await h.send("put", `${base}/inputs`, {
    stage: "review",
    items: [{ criterionCode: "I.2", value: { points: 0.5 }, text: "Chưa có biên bản", version: 1 }],
  });
  await h.send("post", `${base}/complete-review`, {});
  await h.send("post", `${base}/request-explanation`, { note: NOTE });

  // 1. The unit's home page, on a phone, lists the request with the head's note and the criterion.
  await unit.goto(`/?year=${YEAR}`);
  const todo = unit.getByRole("region", { name: "Việc của đơn vị" });
  const item = todo.getByRole("article").filter({ hasText: "Giải trình theo yêu cầu của người thẩm định" });
  await expect(item).toContainText(NOTE, { timeout: 30_000 });
  await expect(item).toContainText("I.2. Tuyên truyền phòng, chống dịch bệnh Covid-19");
  await expect(item).toContainText(/Hạn 15\/11\/2021/);
  await unit.screenshot({ path: test.info().outputPath("home-unit-390.png"), fullPage: true });
  expect(await axeViolations(unit)).toEqual([]);

  // 2. From the item to the assessment: the banner names the request; the unit answers I.2 and sends.
  await item.getByRole("link", { name: "Giải trình theo yêu cầu của người thẩm định" }).click();
  const banner = unit.getByRole("region", { name: /giải trình$/ });
  await expect(banner).toContainText(NOTE);
  await expect(banner.getByRole("link", { name: /^I\.2\. / })).toBeVisible();
  await unit.screenshot({ path: test.info().outputPath("assessment-explanation-390.png"), fullPage: true });
  expect(await axeViolations(unit)).toEqual([]);
  const card = unit.getByRole("article", { name: /^I\.2\. / });
  await card
    .getByRole("textbox", { name: "Nội dung giải trình về I.2" })
    .fill("Biên bản 12 buổi tuyên truyền đã gửi kèm.");
  await card.getByRole("button", { name: "Lưu giải trình" }).click();
  await expect(card.getByText("Đã lưu", { exact: true })).toBeVisible();
  await banner.getByRole("button", { name: "Gửi giải trình" }).click();
  const dialog = unit.getByRole("dialog", { name: "Gửi giải trình" });
  await dialog.getByRole("textbox", { name: /Lời nhắn/ }).fill("Kính gửi Cụm trưởng");
  await dialog.getByRole("button", { name: "Gửi giải trình" }).click();
  await expect(dialog).toBeHidden();
  await expect(banner).toContainText("Đơn vị đã gửi giải trình");
  await unit.goto(`/?year=${YEAR}`);
  await expect(unit.getByText("Giải trình theo yêu cầu của người thẩm định")).toHaveCount(0);

  // 3. The head's home page shows it arrived.
  await head.goto(`/?year=${YEAR}`);
  const headTodo = head.getByRole("region", { name: "Việc của cụm trưởng" });
  const arrived = headTodo.getByRole("article").filter({ hasText: "1 đơn vị đã gửi giải trình" });
  await expect(arrived.getByRole("link", { name: UNIT })).toBeVisible({ timeout: 30_000 });
  await head.setViewportSize(PHONE);
  await head.screenshot({ path: test.info().outputPath("home-head-390.png"), fullPage: true });
  expect(await axeViolations(head)).toEqual([]);
});
