import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runScore } from "./score";

const fixture = (name: string) => new URL(`../core/scoring/fixtures/${name}`, import.meta.url).pathname;

async function run(path: string) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runScore(path, { stdout: (s) => out.push(s), stderr: (s) => err.push(s) });
  return { code, out, err };
}

describe("thidua score FILE, on Cụm 1's 2020 file", () => {
  it("prints the ranking worked out by hand and returns 0", async () => {
    const { code, out, err } = await run(fixture("cum1-2020.json"));
    expect([code, err]).toEqual([0, []]);
    expect(out).toHaveLength(1);
    const ranking = JSON.parse(out[0]!);
    expect(ranking.format).toBe("thidua.ranking/v1");
    expect([ranking.cluster, ranking.year]).toEqual(["CUM1", 2020]);
    expect(
      ranking.results.map((r: Record<string, unknown>) => [
        r.rank,
        r.unit,
        r.total,
        r.base,
        r.bonus,
        r.penalty,
        r.band,
        r.eligibleForLeading,
      ]),
    ).toEqual([
      // total = base + min(bonus, 5) − penalty
      [1, "HL", 104, 99, 5, 0, "Xuất sắc", true], // bonus 2 + 4 = 6, capped at 5
      [2, "UB", 92.33, 90.33, 3, 1, "Xuất sắc", true],
      [3, "CP", 89.62, 86.12, 3.5, 0, "Tốt", true],
      [4, "MC", 73.01, 71.01, 3, 1, "Khá", false], // ties QY on total, wins on group I: 28.5 > 27.83
      [5, "QY", 73.01, 74.51, 0.5, 2, "Khá", false],
      [6, "DT", 59.42, 61.42, 1, 3, null, false],
    ]);
  });

  it("prints every criterion's score, groups capped, ratios rounded half away from zero", async () => {
    const { out } = await run(fixture("cum1-2020.json"));
    const byUnit = Object.fromEntries(
      JSON.parse(out[0]!).results.map((r: { unit: string; scores: unknown }) => [r.unit, r.scores]),
    );
    expect(byUnit.HL).toEqual({
      I: 30, // 9.5 + 10 + 5 + 6 = 30.5, capped at 30
      "I.1": 9.5,
      "I.2": 10, // 18 ≥ own target 16
      "I.3": 5,
      "I.4": 6, // 4 × 1.5
      "I.5": 0,
      II: 38,
      "II.1": 20, // r = 260 / 200 = 1.3 = L
      "II.2": 10,
      "II.3": 8, // 4.5 + 5, capped at 8
      "II.3.1": 4.5,
      "II.3.2": 5,
      "II.4": 2,
      III: 31,
      "III.1": 12, // no target: 12 × 6 / 6
      "III.2": 9,
      "III.3": 10,
      B: 4,
      T: 0,
    });
    expect(byUnit.UB).toMatchObject({ "II.1": 18.33, "III.1": 12, II: 33.83, "I.5": 1 }); // r 1.25: 10 + 10 × 0.25 / 0.3
    expect(byUnit.QY).toMatchObject({
      "I.2": 8.33,
      "II.1": 10,
      "II.3.1": 2.68,
      "II.3": 7.68,
      "III.1": 6,
      T: 2,
    });
    expect(byUnit.DT).toMatchObject({ "I.2": 9.17, "I.4": 6, "I.5": 3, "II.1": 8, "III.1": 4, I: 23.92 });
    expect(byUnit.CP).toMatchObject({
      "I.2": 9.29,
      "II.3.1": 4.01,
      "II.3": 8,
      "III.1": 10,
      "III.3": 10,
      III: 28.25,
    });
    expect(byUnit.MC).toMatchObject({ "II.1": 15, "II.3.2": 0, "III.1": 0, III: 16.51, I: 28.5 });
  });

  it("prints pretty JSON with 2-space indentation", async () => {
    const { out } = await run(fixture("cum1-2020.json"));
    expect(out[0]!.startsWith('{\n  "format": "thidua.ranking/v1",\n  "cluster": "CUM1",')).toBe(true);
  });

  it("gives the same ranking for the README example", async () => {
    const example = new URL("../../examples/cum1-2020.cluster-year.json", import.meta.url).pathname;
    expect((await run(example)).out).toEqual((await run(fixture("cum1-2020.json"))).out);
  });

  it("accepts a file saved with a UTF-8 byte-order mark", async () => {
    const dir = mkdtempSync(join(tmpdir(), "thidua-score-"));
    const path = join(dir, "bom.json");
    writeFileSync(path, `\uFEFF${readFileSync(fixture("cum1-2020.json"), "utf8")}`);
    expect((await run(path)).code).toBe(0);
  });
});

describe("thidua score FILE, on a bad file", () => {
  it("malformed JSON: one line, nothing on stdout, exit 2", async () => {
    // Built here: a malformed .json file in the repository would fail `biome check`.
    const good = readFileSync(fixture("cum1-2020.json"), "utf8");
    const path = join(mkdtempSync(join(tmpdir(), "thidua-score-")), "bad.json");
    writeFileSync(path, good.replace('"year": 2020,', '"year": 2020'));
    const { code, out, err } = await run(path);
    expect([code, out]).toEqual([2, []]);
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(/^\(file\): malformed JSON: .+ at position 157 \(line 5, column 3\)$/);
  });

  it("shape problems: one line per problem, located by JSON path", async () => {
    expect(await run(fixture("bad-shape.json"))).toEqual({
      code: 2,
      out: [],
      err: [
        "criteria[0].children[2].method: unknown method (expected one of manual, passFail, target, leaderRelative, perOccurrence, levels, bonus, penalty; a group has no method)",
        'scores.HL["I.2"].actual: must be a number ≥ 0',
        "scores.HL.T.count: must be a whole number ≥ 0",
        'scores.UB["I.1"].points: must be a number ≥ 0',
      ],
    });
  });

  it("whole-file problems: duplicate code, unknown unit, level and criterion, score above max", async () => {
    expect(await run(fixture("bad-content.json"))).toEqual({
      code: 2,
      out: [],
      err: [
        'criteria[0].children[1].targets.QY: unknown unit "QY"',
        'criteria[2].code: duplicate criterion code "I.1" (first at criteria[0].children[0].code)',
        'scores.HL["I.1"].points: must be at most 10 (the criterion\'s max)',
        'scores.HL.II.level: unknown level "Giỏi" (expected one of "Tốt", "Khá")',
        "scores.HL.I: a group takes no input: its score is the sum of its children",
        'scores.UB["III.1"]: unknown criterion "III.1"',
        'scores.MC: unknown unit "MC"',
      ],
    });
  });

  it("a missing file", async () => {
    const missing = join(tmpdir(), "thidua-no-such-file.json");
    expect(await run(missing)).toEqual({
      code: 2,
      out: [],
      err: [`cannot read ${missing}: no such file (ENOENT)`],
    });
  });

  it("a directory", async () => {
    const dir = mkdtempSync(join(tmpdir(), "thidua-score-"));
    expect(await run(dir)).toEqual({
      code: 2,
      out: [],
      err: [`cannot read ${dir}: it is a directory (EISDIR)`],
    });
  });
});
