import { readFileSync } from "node:fs";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runScore } from "../../cli/score";
import type { ClusterYear, RankingV1 } from "../../contracts/cluster-year";
import { parseClusterYear, scoreClusterYear } from "../../core/scoring";
import { canonicalJson } from "../../core/text/canonical-json";
import type { Database } from "../../db/open";
import { openTestDatabase } from "../../db/testing";
import type { Db } from "../../db/types";
import { grant, makeCouncil, makeUnits, makeUser, system } from "../../test-support/factories";
import { dissolveOrganization } from "../orgs/dissolve-organization";
import { getRanking } from "../rankings/get-ranking";
import { exportClusterYear } from "./export-cluster-year";
import { importClusterYear } from "./import-cluster-year";

const fixturePath = new URL("../../core/scoring/fixtures/cum1-2020.json", import.meta.url).pathname;
const fixture = (name: string) =>
  readFileSync(new URL(`../../core/scoring/fixtures/${name}`, import.meta.url), "utf8");

let database: Database;
let db: Db;
beforeAll(async () => {
  database = await openTestDatabase();
  db = database.db;
});
afterAll(async () => {
  await database?.close();
});

const TABLES = [
  "clusters",
  "cluster_members",
  "organizations",
  "organization_names",
  "pacts",
  "assessments",
  "assessment_inputs",
  "assessment_events",
  "audit_log",
];
/** Row counts of every table an import writes, to show a refused import changed nothing. */
async function counts(): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of TABLES) {
    const res = (await db.execute(sql.raw(`select count(*)::int as n from ${t}`))) as unknown as {
      rows: { n: number }[];
    };
    out[t] = Number(res.rows[0]!.n);
  }
  return out;
}

/** The file's meaning: units in code order, no empty score maps (a unit without inputs scores 0 either way). */
function semantics(file: ClusterYear): string {
  const scores = Object.fromEntries(Object.entries(file.scores).filter(([, s]) => Object.keys(s).length > 0));
  return canonicalJson({
    ...file,
    units: [...file.units].sort((a, b) => a.code.localeCompare(b.code)),
    scores,
  });
}

const table = (r: RankingV1) => r.results.map(({ scores: _s, ...row }) => row);

describe("importing Cụm 1's 2020 file, ranking it from the database, and exporting it again", () => {
  let councilId: string;
  let clusterId: string;
  const original = parseClusterYear(fixture("cum1-2020.json"));
  if (!original.ok) throw new Error("fixture must be valid");

  it("creates the cluster, its six units, a locked pact and six published results", async () => {
    ({ councilId } = await makeCouncil(db));
    const result = await importClusterYear({ db, actor: system, councilId, text: fixture("cum1-2020.json") });
    clusterId = result.clusterId;
    expect(result).toMatchObject({
      cluster: { code: "CUM1", year: 2020, created: true },
      pactStatus: "locked",
      criteria: 19,
      assessments: 6,
      inputs: 86,
      notes: [],
    });
    expect(result.createdUnits.map((u) => u.code)).toEqual(["HL", "UB", "QY", "DT", "CP", "MC"]);
  });

  it("ranks through the database exactly as `thidua score` ranks the original file", async () => {
    const out: string[] = [];
    expect(await runScore(fixturePath, { stdout: (s) => out.push(s), stderr: () => {} })).toBe(0);
    const cli = JSON.parse(out[0]!) as RankingV1;
    const ranking = await getRanking({ db, actor: system, clusterId, stage: "final" });
    expect(ranking.rows).toEqual(table(cli));
    expect(ranking.rows.map((r) => [r.rank, r.unit, r.total])).toEqual([
      [1, "HL", 104],
      [2, "UB", 92.33],
      [3, "CP", 89.62],
      [4, "MC", 73.01],
      [5, "QY", 73.01],
      [6, "DT", 59.42],
    ]);
    expect(ranking).toMatchObject({ maxPoints: 100, bonusCap: 5, pending: [], ignored: [] });
  });

  it("exports a valid file that means the same as the original and ranks the same", async () => {
    const exported = await exportClusterYear({ db, actor: system, clusterId });
    expect(exported.filename).toBe("CUM1-2020.cluster-year.json");
    const reparsed = parseClusterYear(exported.text);
    expect(reparsed.ok).toBe(true);
    if (!reparsed.ok) return;
    expect(semantics(reparsed.file)).toBe(semantics(original.file));
    expect(scoreClusterYear(reparsed.file)).toEqual(scoreClusterYear(original.file));
    expect(exported.ignored).toEqual([]);
    // Readable: criteria keys in the file format's order, not jsonb's.
    expect(Object.keys(reparsed.file.criteria[0]!)).toEqual(["code", "title", "max", "children"]);
  });

  it("refuses a second import of the same cluster-year with 409 and changes nothing", async () => {
    const before = await counts();
    await expect(
      importClusterYear({ db, actor: system, councilId, text: fixture("cum1-2020.json") }),
    ).rejects.toMatchObject({ status: 409, code: "conflict" });
    expect(await counts()).toEqual(before);
  });
});

describe("refused imports write nothing", () => {
  it("locates every problem of a bad file by JSON path", async () => {
    const { councilId } = await makeCouncil(db);
    const before = await counts();
    const err = await importClusterYear({
      db,
      actor: system,
      councilId,
      text: fixture("bad-content.json"),
    }).catch((e) => e);
    expect(err).toMatchObject({ status: 400, code: "validation" });
    expect(err.issues).toEqual([
      { path: "criteria[0].children[1].targets.QY", message: 'unknown unit "QY"' },
      { path: "criteria[2].code", message: expect.stringContaining('duplicate criterion code "I.1"') },
      { path: 'scores.HL["I.1"].points', message: "must be at most 10 (the criterion's max)" },
      { path: "scores.HL.II.level", message: expect.stringContaining('unknown level "Giỏi"') },
      { path: "scores.HL.I", message: expect.stringContaining("a group takes no input") },
      { path: 'scores.UB["III.1"]', message: 'unknown criterion "III.1"' },
      { path: "scores.MC", message: 'unknown unit "MC"' },
    ]);
    expect(await counts()).toEqual(before);
  });

  it("refuses malformed JSON as a whole", async () => {
    const { councilId } = await makeCouncil(db);
    const before = await counts();
    const err = await importClusterYear({ db, actor: system, councilId, text: '{\n  "format": x\n}' }).catch(
      (e) => e,
    );
    expect(err.issues).toEqual([{ path: "", message: expect.stringMatching(/^malformed JSON: /) }]);
    expect(await counts()).toEqual(before);
  });

  it("rolls back units it had created when a later unit was not active that year", async () => {
    const { councilId } = await makeCouncil(db);
    const [old] = await makeUnits(db, councilId, ["Ban Tuyên giáo cũ"], "2010-01-01");
    await dissolveOrganization({ db, actor: system, input: { orgId: old!.id, lastDay: "2018-06-30" } });
    const file = JSON.parse(fixture("cum1-2020.json"));
    file.units[3].code = old!.code;
    file.scores[old!.code] = file.scores.DT;
    delete file.scores.DT;
    delete file.criteria[0].children[1].targets.DT;
    const before = await counts();
    const err = await importClusterYear({ db, actor: system, councilId, text: JSON.stringify(file) }).catch(
      (e) => e,
    );
    expect(err).toMatchObject({ status: 400 });
    expect(err.issues).toEqual([
      { path: "units[3].code", message: `Đơn vị "${old!.code}" không hoạt động trong năm 2020` },
    ]);
    expect(await counts()).toEqual(before);
  });
});

describe("who may import and export", () => {
  it("lets only the council's admin import: 403 for its unit editor, 404 for another council's admin", async () => {
    const { councilId } = await makeCouncil(db);
    const other = await makeCouncil(db);
    const [unit] = await makeUnits(db, councilId, ["Ban Tuyên giáo A"]);
    const editor = await makeUser(db, [grant("unit_editor", councilId, { unitId: unit!.id })]);
    const stranger = await makeUser(db, [grant("council_admin", other.councilId)]);
    const text = fixture("cum1-2020.json");
    await expect(importClusterYear({ db, actor: editor.actor, councilId, text })).rejects.toMatchObject({
      status: 403,
    });
    await expect(importClusterYear({ db, actor: stranger.actor, councilId, text })).rejects.toMatchObject({
      status: 404,
    });
  });
});
