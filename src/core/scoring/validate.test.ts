import { describe, expect, it } from "vitest";
import { parseClusterYear } from "./parse";
import { issueLines } from "./testing";

// A small good file; each test breaks one thing and expects exactly the lines `thidua score` prints.
type Raw = Record<string, unknown> & {
  units: Record<string, unknown>[];
  criteria: Record<string, unknown>[];
  rules: Record<string, unknown>;
  scores: Record<string, Record<string, Record<string, unknown>>>;
};
const good = (): Raw => ({
  format: "thidua.cluster-year/v1",
  cluster: { code: "CUM1", name: "Cụm thi đua số 1" },
  year: 2020,
  units: [
    { code: "HL", name: "Hạ Long" },
    { code: "UB", name: "Uông Bí" },
  ],
  criteria: [
    {
      code: "I",
      title: "Tham mưu",
      max: 30,
      children: [
        { code: "I.1", title: "Văn bản", method: "manual", max: 10 },
        { code: "I.2", title: "Hội nghị", method: "target", max: 10, target: 12, targets: { HL: 16 } },
        { code: "I.3", title: "Báo cáo", method: "passFail", max: 5 },
        { code: "I.4", title: "Báo cáo viên", method: "perOccurrence", max: 6, pointsEach: 1.5 },
      ],
    },
    {
      code: "II.2",
      title: "Dư luận",
      method: "levels",
      max: 10,
      levels: [
        { label: "Tốt", ratio: 1 },
        { label: "Khá", ratio: 0.75 },
      ],
    },
    { code: "B", title: "Thưởng", method: "bonus", max: 2 },
    { code: "T", title: "Trừ", method: "penalty", pointsEach: 1 },
  ],
  rules: { bonusCap: 5, tieBreak: ["group:I", "fewerPenalties"] },
  scores: {
    HL: {
      "I.1": { points: 9.5 },
      "I.2": { actual: 14 },
      "I.3": { passed: true },
      "I.4": { count: 3 },
      "II.2": { level: "Khá" },
      B: { points: 1 },
      T: { count: 1 },
    },
  },
});
const broken = (change: (raw: Raw) => void): string[] => {
  const raw = good();
  change(raw);
  return issueLines(raw);
};
const group = (raw: Raw) => raw.criteria[0]!.children as Record<string, unknown>[];

describe("a good file", () => {
  it("is accepted, with rules and scores defaulting to empty", () => {
    expect(issueLines(good())).toEqual([]);
    const { rules: _rules, scores: _scores, ...bare } = good();
    const parsed = parseClusterYear(JSON.stringify(bare));
    expect(parsed.ok && parsed.file.scores).toEqual({});
    expect(parsed.ok && parsed.file.rules).toEqual({});
  });
});

describe("files refused before their content is read", () => {
  it("malformed JSON: one line with the position, line and column", () => {
    const lines = issueLines('{\n  "format": "x"\n  "year": 2020\n}');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^\(file\): malformed JSON: .+ at position 20 \(line 3, column 3\)$/);
    expect(issueLines("")).toEqual(["(file): malformed JSON: Unexpected end of JSON input"]);
    expect(issueLines("{")[0]).toMatch(/^\(file\): malformed JSON: .+ at position 1 \(line 1, column 2\)$/);
  });

  it("a file that is not an object", () => {
    expect(issueLines("[]")).toEqual(["(file): must be an object"]);
  });
});

describe("shape (schema) problems", () => {
  it.each<[string, (raw: Raw) => void, string[]]>([
    ["wrong format", (r) => (r.format = "thidua/v0"), ['format: must be "thidua.cluster-year/v1"']],
    ["missing cluster", (r) => delete r.cluster, ["cluster: required"]],
    ["year not whole", (r) => (r.year = 2020.5), ["year: must be a year (a whole number)"]],
    ["no units", (r) => (r.units = []), ["units: must list at least one unit"]],
    ["unit without a name", (r) => (r.units[1]!.name = " "), ["units[1].name: must be a non-empty string"]],
    ["unknown top-level field", (r) => (r.extra = 1), ["extra: unknown field"]],
    [
      "unknown method",
      (r) => (group(r)[1]!.method = "ratio"),
      [
        "criteria[0].children[1].method: unknown method (expected one of manual, passFail, target, leaderRelative, perOccurrence, levels, bonus, penalty; a group has no method)",
      ],
    ],
    ["criterion without code", (r) => delete group(r)[0]!.code, ["criteria[0].children[0].code: required"]],
    ["negative max", (r) => (group(r)[0]!.max = -1), ["criteria[0].children[0].max: must be a number ≥ 0"]],
    [
      "target of 0 for method target",
      (r) => (group(r)[1]!.target = 0),
      ["criteria[0].children[1].target: must be a number > 0"],
    ],
    [
      "a per-unit target of 0 for method target",
      (r) => (group(r)[1]!.targets = { UB: 0 }),
      ["criteria[0].children[1].targets.UB: must be a number > 0"],
    ],
    [
      "ratio above 1",
      (r) => ((r.criteria[1]!.levels as { ratio: number }[])[0]!.ratio = 1.2),
      ["criteria[1].levels[0].ratio: must be a number from 0 to 1"],
    ],
    [
      "levels empty",
      (r) => (r.criteria[1]!.levels = []),
      ["criteria[1].levels: must list at least one level"],
    ],
    [
      "a group with a method",
      (r) => (r.criteria[0]!.method = "manual"),
      ["criteria[0].children: unknown field"],
    ],
    [
      "a field of another method",
      (r) => (group(r)[0]!.pointsEach = 1),
      ["criteria[0].children[0].pointsEach: unknown field"],
    ],
    [
      "bad tie-break key",
      (r) => (r.rules.tieBreak = ["fewerPenalty"]),
      ['rules.tieBreak[0]: must be "group:CODE", "fewerPenalties" or "moreBonus"'],
    ],
    [
      "negative actual",
      (r) => (r.scores.HL!["I.2"] = { actual: -1 }),
      ['scores.HL["I.2"].actual: must be a number ≥ 0'],
    ],
    [
      "actual as text",
      (r) => (r.scores.HL!["I.2"] = { actual: "14" }),
      ['scores.HL["I.2"].actual: must be a number ≥ 0'],
    ],
    [
      "negative count",
      (r) => (r.scores.HL!["I.4"] = { count: -2 }),
      ['scores.HL["I.4"].count: must be a whole number ≥ 0'],
    ],
    [
      "fractional count",
      (r) => (r.scores.HL!.T = { count: 1.5 }),
      ["scores.HL.T.count: must be a whole number ≥ 0"],
    ],
    [
      "passed as text",
      (r) => (r.scores.HL!["I.3"] = { passed: "yes" }),
      ['scores.HL["I.3"].passed: must be true or false'],
    ],
    [
      "unknown input field",
      (r) => (r.scores.HL!["I.1"] = { points: 1, note: "x" }),
      ['scores.HL["I.1"].note: unknown field'],
    ],
    [
      "a __proto__ key",
      (r) => (r.scores = JSON.parse('{"__proto__": {}}')),
      ['scores.__proto__: is a reserved name ("__proto__")'],
    ],
  ])("%s", (_name, change, lines) => {
    expect(broken(change)).toEqual(lines);
  });
});

describe("whole-file problems", () => {
  it.each<[string, (raw: Raw) => void, string[]]>([
    [
      "duplicate unit code",
      (r) => r.units.push({ code: "HL", name: "Hạ Long 2" }),
      ['units[2].code: duplicate unit code "HL" (first at units[0].code)'],
    ],
    [
      "duplicate criterion code",
      (r) => r.criteria.push({ code: "I.1", title: "again", method: "manual", max: 1 }),
      ['criteria[4].code: duplicate criterion code "I.1" (first at criteria[0].children[0].code)'],
    ],
    [
      "duplicate level",
      (r) =>
        (r.criteria[1]!.levels = [
          { label: "Tốt", ratio: 1 },
          { label: "Khá", ratio: 0.8 },
          { label: "Tốt", ratio: 0.5 },
        ]),
      ['criteria[1].levels[2].label: duplicate level "Tốt"'],
    ],
    [
      "targets for an unknown unit",
      (r) => (group(r)[1]!.targets = { XX: 3 }),
      ['criteria[0].children[1].targets.XX: unknown unit "XX"'],
    ],
    [
      "tie-break on an unknown criterion",
      (r) => (r.rules.tieBreak = ["group:IX"]),
      ['rules.tieBreak[0]: unknown criterion "IX"'],
    ],
    [
      "scores of an unknown unit",
      (r) => (r.scores.XX = { "I.1": { points: 1 } }),
      ['scores.XX: unknown unit "XX"'],
    ],
    [
      "score of an unknown criterion",
      (r) => (r.scores.HL!["I.9"] = { points: 1 }),
      ['scores.HL["I.9"]: unknown criterion "I.9"'],
    ],
    [
      "input for a group",
      (r) => (r.scores.HL!.I = { points: 1 }),
      ["scores.HL.I: a group takes no input: its score is the sum of its children"],
    ],
    [
      "points above max",
      (r) => (r.scores.HL!["I.1"] = { points: 10.01 }),
      ['scores.HL["I.1"].points: must be at most 10 (the criterion\'s max)'],
    ],
    [
      "bonus above max",
      (r) => (r.scores.HL!.B = { points: 2.5 }),
      ["scores.HL.B.points: must be at most 2 (the criterion's max)"],
    ],
    [
      "unknown level",
      (r) => (r.scores.HL!["II.2"] = { level: "Giỏi" }),
      ['scores.HL["II.2"].level: unknown level "Giỏi" (expected one of "Tốt", "Khá")'],
    ],
    [
      "the input of another method",
      (r) => (r.scores.HL!["I.1"] = { actual: 9 }),
      [
        'scores.HL["I.1"].actual: not an input of a manual criterion (it takes "points")',
        'scores.HL["I.1"].points: required for a manual criterion',
      ],
    ],
    [
      "an empty input",
      (r) => (r.scores.HL!["I.3"] = {}),
      ['scores.HL["I.3"].passed: required for a passFail criterion'],
    ],
  ])("%s", (_name, change, lines) => {
    expect(broken(change)).toEqual(lines);
  });

  it("reports every problem, in document order", () => {
    const lines = broken((r) => {
      r.units.push({ code: "UB", name: "Uông Bí 2" });
      r.rules.tieBreak = ["group:Z"];
      r.scores.HL!["I.1"] = { points: 11 };
      r.scores.UB = { "I.4": { count: 2 }, Q: { points: 1 } };
    });
    expect(lines).toEqual([
      'units[2].code: duplicate unit code "UB" (first at units[1].code)',
      'rules.tieBreak[0]: unknown criterion "Z"',
      'scores.HL["I.1"].points: must be at most 10 (the criterion\'s max)',
      'scores.UB.Q: unknown criterion "Q"',
    ]);
  });

  it("accepts points exactly at max, and many decimals below it", () => {
    expect(broken((r) => (r.scores.HL!["I.1"] = { points: 10 }))).toEqual([]);
    expect(broken((r) => (r.scores.HL!["I.1"] = { points: 9.999999 }))).toEqual([]);
  });
});
