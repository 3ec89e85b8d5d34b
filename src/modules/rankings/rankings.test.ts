import { readFileSync } from "node:fs";
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLUSTER_YEAR_FORMAT } from "../../contracts/cluster-year";
import { parseClusterYear, scoreClusterYear } from "../../core/scoring";
import type { Database } from "../../db/open";
import { assessmentInputs, assessments } from "../../db/schema";
import { openTestDatabase } from "../../db/testing";
import type { Db } from "../../db/types";
import { bumpWriteGeneration } from "../../db/write-generation";
import { grant, makeCouncil, makeUser, system } from "../../test-support/factories";
import { scoresOfCluster } from "../assessments/scores-of-cluster";
import type { Actor } from "../auth/actor";
import { importClusterYear } from "../exchange/import-cluster-year";
import { pactForScoring } from "../pacts/pact-for-scoring";
import { reopenPublication } from "../publication/reopen-publication";
import { explainRank } from "./explain-rank";
import { getRankingMatrix } from "./get-matrix";
import { getRanking } from "./get-ranking";
import { rankingContext } from "./load-ranking";

const fixture = readFileSync(new URL("../../core/scoring/fixtures/cum1-2020.json", import.meta.url), "utf8");

let database: Database;
let db: Db;
let councilId: string;
let clusterId: string;
let unitId: Record<string, string>;
beforeAll(async () => {
  database = await openTestDatabase();
  db = database.db;
  ({ councilId } = await makeCouncil(db));
  clusterId = (await importClusterYear({ db, actor: system, councilId, text: fixture })).clusterId;
  const ctx = await rankingContext(db, system, clusterId);
  unitId = Object.fromEntries(ctx.members.map((m) => [m.code, m.unitId]));
});
afterAll(async () => {
  await database?.close();
});

type Status = (typeof assessments.$inferSelect)["status"];
/** Moves a unit's assessment back to a status of the workflow (as the assessments module would). */
// These stand in for the workflow's use cases, which bump the write generation through their audit row:
// a raw write must do the same, or the embedded database's cache would rightly keep serving what it read.
async function setStatus(cluster: string, unit: string, status: Status) {
  bumpWriteGeneration();
  await db
    .update(assessments)
    .set({ status, version: sql`${assessments.version} + 1`, updatedAt: new Date() })
    .where(and(eq(assessments.clusterId, cluster), eq(assessments.unitId, unitId[unit]!)));
}
async function setInput(cluster: string, unit: string, code: string, values: Record<string, unknown>) {
  bumpWriteGeneration();
  const [a] = await db
    .select({ id: assessments.id })
    .from(assessments)
    .where(and(eq(assessments.clusterId, cluster), eq(assessments.unitId, unitId[unit]!)));
  await db
    .update(assessmentInputs)
    .set({ ...values, version: sql`${assessmentInputs.version} + 1`, updatedAt: new Date() })
    .where(and(eq(assessmentInputs.assessmentId, a!.id), eq(assessmentInputs.criterionCode, code)));
}
const codes = (rows: { unit: string }[]) => rows.map((r) => r.unit);

describe("the ranking computed from the database", () => {
  it("is the engine's ranking of the file built by pactForScoring and scoresOfCluster", async () => {
    const scoring = (await pactForScoring(db, clusterId))!;
    const codeOf = new Map(scoring.units.map((u) => [u.unitId, u.code]));
    const { scores } = await scoresOfCluster(db, clusterId, codeOf, "final", ["published"]);
    const parsed = parseClusterYear({
      format: CLUSTER_YEAR_FORMAT,
      cluster: { code: scoring.cluster.code, name: scoring.cluster.name },
      year: scoring.cluster.year,
      units: scoring.units.map((u) => ({ code: u.code, name: u.name })),
      criteria: scoring.criteria,
      rules: scoring.rules,
      scores,
    });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    const expected = scoreClusterYear(parsed.file).results.map(({ scores: _s, ...row }) => row);
    expect((await getRanking({ db, actor: system, clusterId })).rows).toEqual(expected);
    const matrix = await getRankingMatrix({ db, actor: system, clusterId });
    expect(matrix.scores).toEqual(
      Object.fromEntries(scoreClusterYear(parsed.file).results.map((r) => [r.unit, r.scores])),
    );
  });

  it("explains a tie on total decided by group I", async () => {
    const why = await explainRank({ db, actor: system, clusterId, a: "QY", b: "MC" });
    expect(why).toMatchObject({
      a: { unit: "QY", rank: 5, total: 73.01 },
      b: { unit: "MC", rank: 4, total: 73.01 },
      ahead: "MC",
      decidedBy: "group:I",
      keys: [
        { key: "total", a: 73.01, b: 73.01 },
        { key: "group:I", a: 27.83, b: 28.5 },
      ],
    });
    expect(why.summary).toBe(
      'Hai đơn vị bằng tổng điểm (73,01); Ban Tuyên giáo Thành ủy Móng Cái xếp trên nhờ điểm I "Công tác tham mưu, chỉ đạo, hướng dẫn" cao hơn (28,5 so với 27,83).',
    );
    expect(why.criteria.find((c) => c.code === "I.1")).toMatchObject({ a: 8.5, b: 9, delta: -0.5 });
    await expect(explainRank({ db, actor: system, clusterId, a: "QY", b: "XX" })).rejects.toMatchObject({
      status: 400,
      issues: [{ path: "b", message: 'Đơn vị "XX" không có trong bảng xếp hạng này' }],
    });
  });

  it("notices a change at once: a cached ranking is never served after the data moved", async () => {
    const draft = { db, actor: system, clusterId, stage: "draft" };
    const before = await getRanking(draft);
    expect(before.rows.find((r) => r.unit === "DT")!.total).toBe(59.42);
    await setInput(clusterId, "DT", "I.1", { finalValue: { points: 10 } });
    const after = await getRanking(draft);
    expect(after.rows.find((r) => r.unit === "DT")!.total).toBe(60.67);
    // The published ranking is the record: a stored value moving under it does not move it.
    expect(
      (await getRanking({ db, actor: system, clusterId })).rows.find((r) => r.unit === "DT")!.total,
    ).toBe(59.42);
    await setInput(clusterId, "DT", "I.1", { finalValue: { points: 8.75 } });
    expect((await getRanking(draft)).rows).toEqual(before.rows);
  });
});

describe("who sees which ranking", () => {
  let cluster: string;
  let actors: Record<"admin" | "head" | "observer" | "dtEditor" | "stranger", Actor>;
  beforeAll(async () => {
    const file = JSON.parse(fixture);
    file.cluster.code = "CUM1-B";
    cluster = (await importClusterYear({ db, actor: system, councilId, text: JSON.stringify(file) }))
      .clusterId;
    // The council reopens the imported year; then HL claimed 10 on I.1 and was given 9.5; UB is agreed;
    // QY submitted; DT still drafting.
    await reopenPublication({
      db,
      actor: system,
      clusterId: cluster,
      input: { reason: "Rà soát lại kết quả năm 2020 theo đơn thư" },
    });
    await setInput(cluster, "HL", "I.1", { selfValue: { points: 10 } });
    await setStatus(cluster, "UB", "final");
    await setStatus(cluster, "QY", "submitted");
    await setInput(cluster, "QY", "I.1", { finalValue: null, selfValue: { points: 9 } });
    await setStatus(cluster, "DT", "draft");
    const other = await makeCouncil(db);
    actors = {
      admin: (await makeUser(db, [grant("council_admin", councilId)])).actor,
      head: (
        await makeUser(db, [grant("cluster_head", councilId, { clusterId: cluster, unitId: unitId.HL })])
      ).actor,
      observer: (await makeUser(db, [grant("observer", councilId)])).actor,
      dtEditor: (await makeUser(db, [grant("unit_editor", councilId, { unitId: unitId.DT })])).actor,
      stranger: (await makeUser(db, [grant("council_admin", other.councilId)])).actor,
    };
  });

  it("shows nobody a published ranking until the whole cluster is published: no unit ranked ahead of the rest", async () => {
    for (const who of ["admin", "head", "observer", "dtEditor"] as const) {
      const r = await getRanking({ db, actor: actors[who], clusterId: cluster, stage: "final" });
      expect(codes(r.rows), who).toEqual([]);
      expect(r.pending.map((p) => p.unit).sort(), who).toEqual(["CP", "DT", "HL", "MC", "QY", "UB"]);
    }
  });

  it("shows the draft ranking (final, else reviewed, else self values of submitted units) to the head and council only", async () => {
    for (const who of ["admin", "head"] as const) {
      const r = await getRanking({ db, actor: actors[who], clusterId: cluster, stage: "draft" });
      expect(r.canSeeDraft).toBe(true);
      expect(codes(r.rows).sort(), who).toEqual(["CP", "HL", "MC", "QY", "UB"]);
    }
    for (const who of ["observer", "dtEditor"] as const) {
      expect((await getRanking({ db, actor: actors[who], clusterId: cluster })).canSeeDraft).toBe(false);
      await expect(
        getRanking({ db, actor: actors[who], clusterId: cluster, stage: "draft" }),
      ).rejects.toMatchObject({ status: 403 });
    }
  });

  it("never shows a unit editor another unit's self-scores before they are published, but always their own", async () => {
    const mine = await getRanking({ db, actor: actors.dtEditor, clusterId: cluster, stage: "self" });
    expect(codes(mine.rows).sort()).toEqual(["DT"]);
    const head = await getRanking({ db, actor: actors.head, clusterId: cluster, stage: "self" });
    expect(codes(head.rows).sort()).toEqual(["CP", "HL", "MC", "QY", "UB"]);
  });

  it("answers 404 to someone outside the council, whatever the stage", async () => {
    for (const stage of ["final", "draft", "self"]) {
      await expect(
        getRanking({ db, actor: actors.stranger, clusterId: cluster, stage }),
      ).rejects.toMatchObject({
        status: 404,
      });
    }
    await expect(getRankingMatrix({ db, actor: actors.stranger, clusterId: cluster })).rejects.toMatchObject({
      status: 404,
    });
  });

  it("puts each unit's own score beside its final one, with the differences per criterion", async () => {
    expect((await getRankingMatrix({ db, actor: actors.observer, clusterId: cluster })).units).toEqual([]);
    const m = await getRankingMatrix({ db, actor: actors.admin, clusterId: cluster, stage: "draft" });
    expect(m.units.map((u) => u.unit).sort()).toEqual(["CP", "HL", "MC", "QY", "UB"]);
    const hl = m.selfVsFinal.find((s) => s.unit === "HL")!;
    // Group I is capped at 30 either way, so the half point HL claimed on I.1 changes no total.
    expect(hl).toMatchObject({ difference: 0 });
    expect(hl.selfTotal).toBe(hl.finalTotal);
    expect(hl.criteria).toEqual([{ code: "I.1", self: 10, final: 9.5, difference: -0.5 }]);
    expect(m.selfVsFinal.find((s) => s.unit === "CP")).toMatchObject({ difference: 0, criteria: [] });
    expect(m.criteria.slice(0, 3)).toEqual([
      {
        code: "I",
        title: "Công tác tham mưu, chỉ đạo, hướng dẫn",
        max: 30,
        depth: 0,
        parent: null,
        method: "group",
        kind: "base",
      },
      expect.objectContaining({ code: "I.1", max: 10, depth: 1, parent: "I", method: "manual" }),
      expect.objectContaining({ code: "I.2", max: 10, method: "target" }),
    ]);
    expect(m.criteria.find((c) => c.code === "T")).toMatchObject({ kind: "penalty", max: null });
  });
});
