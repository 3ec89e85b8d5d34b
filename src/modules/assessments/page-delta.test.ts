import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../db/open";
import { openTestDatabase } from "../../db/testing";
import { type App, createApp } from "../../server/app";
import { TEST_PASSWORD } from "../../test-support/factories";
import { call, type Session, signIn } from "../../test-support/http";
import { uploadOf } from "../files/put-blob";
import { clearRankingCache } from "../rankings/ranking-cache";
import { bodyCacheStats } from "./assessment-body";
import { attachEvidence } from "./attach-evidence";
import { completeReview } from "./complete-review";
import { deleteEvidence } from "./delete-evidence";
import { requestExplanation } from "./request-explanation";
import { saveReviewInput } from "./save-review-input";
import { submitAssessment } from "./submit-assessment";
import { fillSelf, PDF, SELF_INPUTS, setUpCluster } from "./test-fixtures";

// After a score save only the saved assessment's rows are read again (the rest of the cluster is kept from
// the version before). Whatever the write, the pages and the ranking served that way must be exactly what a
// cold read of the database gives: each step compares the warm answer with the answer after the cache is
// emptied.

let database: Database;
let app: App;
let s: Awaited<ReturnType<typeof setUpCluster>>;
let editor: Session;
let second: Session;
let head: Session;
let pages: string[];
let ranking: string;

beforeAll(async () => {
  database = await openTestDatabase();
  s = await setUpCluster(database.db);
  app = createApp({ db: database.db, databaseKind: database.kind });
  editor = await signIn(app, s.editors[1]!.username, TEST_PASSWORD);
  second = await signIn(app, s.editors[2]!.username, TEST_PASSWORD);
  head = await signIn(app, s.head.username, TEST_PASSWORD);
  pages = [1, 2].map((i) => `/api/clusters/${s.cluster.id}/assessments/${s.units[i]!.id}`);
  ranking = `/api/clusters/${s.cluster.id}/ranking?stage=draft`;
  await fillSelf(s.db, s.editors[2]!.actor, s.cluster.id, s.units[2]!.id);
  await submitAssessment({
    db: s.db,
    actor: s.editors[2]!.actor,
    clusterId: s.cluster.id,
    unitId: s.units[2]!.id,
  });
});
afterAll(async () => {
  await database?.close();
});

async function read(session: Session, path: string): Promise<unknown> {
  const res = await call(app, session, "GET", path);
  expect(res.status).toBe(200);
  return res.json();
}

/** What two units' editors and the head see (a draft is the unit's own), served warm, then cold. */
async function expectWarmEqualsCold() {
  const views: [Session, string][] = [
    [editor, pages[0]!],
    [second, pages[1]!],
    [head, pages[1]!],
    [head, ranking],
  ];
  const warm = [];
  for (const [session, path] of views) warm.push(await read(session, path));
  clearRankingCache(database.db);
  const cold = [];
  for (const [session, path] of views) cold.push(await read(session, path));
  expect(warm).toEqual(cold);
  return warm as { data: { criteria?: { code: string; self: { value: unknown }; evidence: unknown[] }[] } }[];
}

const i2 = (page: {
  data: { criteria?: { code: string; self: { value: unknown }; evidence: unknown[] }[] };
}) => page.data.criteria!.find((c) => c.code === "I.2")!;

describe("the pages and ranking after a write, with only the written assessment read again", () => {
  it("equal a cold read after saves, evidence added and removed, a submission, a review and an explanation request", async () => {
    await expectWarmEqualsCold();
    const unit1 = { db: s.db, clusterId: s.cluster.id, unitId: s.units[1]!.id };
    const unit2 = { db: s.db, clusterId: s.cluster.id, unitId: s.units[2]!.id };

    const saved = await call(app, editor, "PUT", `${pages[0]}/self-inputs`, {
      criterionCode: "I.2",
      value: { points: 4.5 },
      note: "Ba đợt tuyên truyền",
      version: 0,
    });
    expect(saved.status).toBe(200);
    expect(i2((await expectWarmEqualsCold())[0]!).self.value).toEqual({ points: 4.5 });

    const file = await attachEvidence({
      ...unit1,
      actor: s.editors[1]!.actor,
      criterionCode: "I.2",
      file: await uploadOf("Kế hoạch tuyên truyền.pdf", PDF),
    });
    expect(i2((await expectWarmEqualsCold())[0]!).evidence).toHaveLength(1);
    await deleteEvidence({ ...unit1, actor: s.editors[1]!.actor, fileId: file.id });
    expect(i2((await expectWarmEqualsCold())[0]!).evidence).toHaveLength(0);
    await attachEvidence({
      ...unit1,
      actor: s.editors[1]!.actor,
      criterionCode: "I.2",
      file: await uploadOf("Báo cáo kết quả.pdf", PDF),
    });

    const { "I.2": _saved, ...rest } = SELF_INPUTS;
    await fillSelf(s.db, s.editors[1]!.actor, s.cluster.id, s.units[1]!.id, rest);
    await submitAssessment({ ...unit1, actor: s.editors[1]!.actor });
    await expectWarmEqualsCold();

    await saveReviewInput({
      ...unit2,
      actor: s.head.actor,
      input: { criterionCode: "I.2", value: { points: 3.5 }, comment: "Thiếu minh chứng", version: 1 },
    });
    await expectWarmEqualsCold();
    await completeReview({ ...unit2, actor: s.head.actor });
    await expectWarmEqualsCold();
    await requestExplanation({ ...unit2, actor: s.head.actor, input: { note: "Giải trình tiêu chí I.2" } });
    const [, , , ranked] = await expectWarmEqualsCold();
    expect(JSON.stringify(ranked)).toContain(s.units[1]!.code);
  });
});

// After a write, a page whose unit's rows and results did not move is served as the bytes of the version
// before; one whose results moved through another unit's value (a criterion scored against the leader) is
// rebuilt. Either way the page equals a cold read.
describe("another unit's page after a review save", () => {
  it("is the same bytes when its results did not move, and rebuilt when the leader's value moved them", async () => {
    const c = await setUpCluster(database.db);
    const headOf = await signIn(app, c.head.username, TEST_PASSWORD);
    for (const i of [1, 2]) {
      await fillSelf(c.db, c.editors[i]!.actor, c.cluster.id, c.units[i]!.id);
      await submitAssessment({
        db: c.db,
        actor: c.editors[i]!.actor,
        clusterId: c.cluster.id,
        unitId: c.units[i]!.id,
      });
    }
    const page2 = `/api/clusters/${c.cluster.id}/assessments/${c.units[2]!.id}`;
    const look = async () => {
      const res = await call(app, headOf, "GET", page2);
      expect(res.status).toBe(200);
      const body = (await res.json()) as {
        data: { criteria: { code: string; scores: { reviewed: number | null } }[] };
      };
      return { etag: res.headers.get("etag"), body };
    };
    const cold = async () => {
      clearRankingCache(database.db);
      return look();
    };
    const i4 = (page: Awaited<ReturnType<typeof look>>) =>
      page.body.data.criteria.find((x) => x.code === "I.4")!.scores.reviewed;
    const review = (code: string, value: object, version: number) =>
      saveReviewInput({
        db: c.db,
        actor: c.head.actor,
        clusterId: c.cluster.id,
        unitId: c.units[1]!.id,
        input: { criterionCode: code, value, comment: "Điều chỉnh theo minh chứng", version },
      });
    const first = await look();
    // Both units reported 130 articles (I.4, scored against the leader): both get the full 5 points.
    expect(i4(first)).toBe(5);

    const reused = bodyCacheStats.reused;
    await review("I.2", { points: 3 }, 1);
    const same = await look();
    expect(bodyCacheStats.reused).toBe(reused + 1);
    expect(same.etag).toBe(first.etag);
    expect(same.body).toEqual((await cold()).body);

    // Unit 1 becomes the leader with 260 articles (target 120): unit 2's own rows are unchanged, but its I.4
    // falls to 2.5 + 2.5 × (130/120 − 1) / (260/120 − 1) = 2.5 + 2.5 × 1/14 ≈ 2.68 (scoring.md).
    await look();
    await review("I.4", { actual: 260 }, 1);
    const moved = await look();
    expect(i4(moved)).toBe(2.68);
    expect(moved.etag).not.toBe(first.etag);
    expect(moved.body).toEqual((await cold()).body);
  });
});
