import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type {
  ClusterYear,
  Criterion,
  GroupCriterion,
  RankingV1,
  Rules,
  ScoredCriterion,
  ScoreInput,
  Scores,
} from "../../contracts/cluster-year";
import { hundredthsOf } from "./decimal";
import { maxPoints } from "./max-points";
import { parseClusterYear } from "./parse";
import { scoreClusterYear } from "./score";
import { syntheticClusterYear } from "./synthetic";
import { walkCriteria } from "./tree";

// Files built from a few values each, so that ties, caps, leaders and half-way roundings are common.

const MAXES = [0, 1, 2.675, 5, 10, 8.025];
const NAMES = [
  "Hạ Long",
  "Uông Bí",
  "Quảng Yên",
  "Đông Triều",
  "Cẩm Phả",
  "Móng Cái",
  "Dương Kinh",
  "Hạ Long",
];

type Shape = { kind: "leaf"; pick: number } | { kind: "group"; capped: number | null; children: Shape[] };

const shapeArb: fc.Arbitrary<Shape> = fc.letrec<{ node: Shape }>((tie) => ({
  node: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.record({ kind: fc.constant("leaf" as const), pick: fc.nat() }),
    fc.record({
      kind: fc.constant("group" as const),
      capped: fc.option(fc.constantFrom(0, 3, 7.5, 12.005)),
      children: fc.array(tie("node"), { maxLength: 4 }),
    }),
  ),
})).node;

function makeLeaf(code: string, pick: number, unitCodes: string[]): ScoredCriterion {
  const max = MAXES[pick % MAXES.length]!;
  const title = `Tiêu chí ${code}`;
  const targets = Object.fromEntries(
    unitCodes.filter((_, i) => (pick >> i) & 1).map((u, i) => [u, [0, 3, 4][i % 3]!]),
  );
  switch ((pick >> 3) % 8) {
    case 0:
      return { code, title, method: "manual", max };
    case 1:
      return { code, title, method: "passFail", max };
    case 2:
      return { code, title, method: "target", max, target: 3 };
    case 3:
      return { code, title, method: "leaderRelative", max, ...(pick & 64 ? { target: 3 } : {}), targets };
    case 4:
      return { code, title, method: "perOccurrence", max, pointsEach: [0.335, 1.5, 2][pick % 3]! };
    case 5:
      return {
        code,
        title,
        method: "levels",
        max,
        levels: [
          { label: "Tốt", ratio: 1 },
          { label: "Khá", ratio: 0.75 },
          { label: "Đạt", ratio: 0.335 },
        ],
      };
    case 6:
      return { code, title, method: "bonus", max };
    default:
      return pick & 64
        ? { code, title, method: "penalty", pointsEach: 1.5 }
        : { code, title, method: "penalty", pointsEach: 2.5, max: 4 };
  }
}

function makeInput(criterion: ScoredCriterion, n: number): ScoreInput {
  switch (criterion.method) {
    case "manual":
    case "bonus":
      return { points: Math.min(criterion.max, [0, 1.005, 2.675, 10, 0.5][n % 5]!) };
    case "passFail":
      return { passed: n % 2 === 0 };
    case "target":
    case "leaderRelative":
      return { actual: [0, 1, 3, 4, 5, 6.5][n % 6]! };
    case "perOccurrence":
    case "penalty":
      return { count: n % 5 };
    case "levels":
      return { level: criterion.levels[n % criterion.levels.length]!.label };
  }
}

const fileArb: fc.Arbitrary<ClusterYear> = fc
  .record({
    shapes: fc.array(shapeArb, { minLength: 1, maxLength: 5 }),
    unitCount: fc.integer({ min: 1, max: 8 }),
    bonusCap: fc.option(fc.constantFrom(0, 2.5, 5)),
    tieBreak: fc.subarray(["group:C1", "fewerPenalties", "moreBonus"]),
    inputs: fc.array(fc.option(fc.nat(), { freq: 4 }), { minLength: 200, maxLength: 200 }),
  })
  .map(({ shapes, unitCount, bonusCap, tieBreak, inputs }) => {
    const unitCodes = Array.from({ length: unitCount }, (_, i) => `U${i}`);
    let next = 0;
    const build = (shape: Shape): Criterion => {
      const code = `C${++next}`;
      if (shape.kind === "leaf") return makeLeaf(code, shape.pick, unitCodes);
      const group: GroupCriterion = { code, title: `Nhóm ${code}`, children: shape.children.map(build) };
      if (shape.capped !== null) group.max = shape.capped;
      return group;
    };
    const criteria = shapes.map(build);
    const scores: Scores = {};
    let k = 0;
    for (const unit of unitCodes) {
      const mine: Record<string, ScoreInput> = {};
      walkCriteria(criteria, (c) => {
        const n = inputs[k++ % inputs.length];
        if (c.method !== undefined && n !== null && n !== undefined) mine[c.code] = makeInput(c, n);
      });
      scores[unit] = mine;
    }
    const rules: Rules = {
      tieBreak,
      bands: [
        { label: "Xuất sắc", min: 20 },
        { label: "Tốt", min: 10.005 },
      ],
      leading: { minTotal: 15 },
    };
    if (bonusCap !== null) rules.bonusCap = bonusCap;
    return {
      format: "thidua.cluster-year/v1",
      cluster: { code: "CUM1", name: "Cụm 1" },
      year: 2020,
      units: unitCodes.map((code, i) => ({ code, name: NAMES[i % NAMES.length]! })),
      criteria,
      rules,
      scores,
    } satisfies ClusterYear;
  });

const syntheticArb = fc
  .record({
    units: fc.integer({ min: 1, max: 12 }),
    criteria: fc.integer({ min: 1, max: 40 }),
    seed: fc.nat(),
  })
  .map(syntheticClusterYear);

const anyFile = fc.oneof(fileArb, syntheticArb);

/** A deterministic shuffle, so fast-check can shrink and replay it. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed >>> 0 || 1;
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const shuffleKeys = <T>(record: Record<string, T>, seed: number, each: (value: T) => T = (v) => v) =>
  Object.fromEntries(shuffled(Object.entries(record), seed).map(([k, v]) => [k, each(v)]));

/** The same file with units, criteria at every depth, and every object's keys in another order. */
function reordered(file: ClusterYear, seed: number): ClusterYear {
  const criterion = (c: Criterion): Criterion => {
    const copy = shuffleKeys(c as Record<string, unknown>, seed + 1) as Criterion;
    if (copy.method === undefined)
      return { ...copy, children: shuffled(copy.children, seed + 2).map(criterion) };
    if ("targets" in copy && copy.targets) return { ...copy, targets: shuffleKeys(copy.targets, seed + 3) };
    return copy;
  };
  const scores = shuffleKeys(file.scores, seed + 4, (inputs) =>
    shuffleKeys(
      inputs,
      seed + 5,
      (input) => shuffleKeys(input as Record<string, unknown>, seed + 6) as ScoreInput,
    ),
  );
  return {
    ...shuffleKeys({ ...file }, seed + 7),
    units: shuffled(file.units, seed),
    criteria: shuffled(file.criteria, seed + 8).map(criterion),
    scores,
  } as ClusterYear;
}

function numbersIn(value: unknown, out: number[] = []): number[] {
  if (typeof value === "number") out.push(value);
  else if (Array.isArray(value)) for (const item of value) numbersIn(item, out);
  else if (value !== null && typeof value === "object")
    for (const item of Object.values(value)) numbersIn(item, out);
  return out;
}

/** The bonus criteria's maxima summed, in hundredths (exact: 2.68 + 8.03 is 10.709999999999999 in floats). */
const bonusMaxima = (file: ClusterYear): bigint => {
  let sum = 0n;
  walkCriteria(file.criteria, (c) => {
    if (c.method === "bonus") sum += hundredthsOf(c.max);
  });
  return sum;
};

describe("scoring properties", () => {
  it("every generated file is valid", () => {
    fc.assert(
      fc.property(anyFile, (file) => {
        const parsed = parseClusterYear(JSON.stringify(file));
        expect(parsed.ok ? [] : parsed.issues).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it("the ranking is a permutation of the units, with ranks 1, 2, 2, 4 style", () => {
    fc.assert(
      fc.property(anyFile, (file) => {
        const { results } = scoreClusterYear(file);
        expect(results.map((r) => r.unit).sort()).toEqual(file.units.map((u) => u.code).sort());
        results.forEach((r, i) => {
          const previous = results[i - 1];
          if (previous === undefined) expect(r.rank).toBe(1);
          else expect(r.rank === previous.rank || r.rank === i + 1).toBe(true);
          if (previous !== undefined) expect(r.total).toBeLessThanOrEqual(previous.total);
        });
      }),
      { numRuns: 200 },
    );
  });

  it("reordering units, criteria and object keys changes no number and no place", () => {
    fc.assert(
      fc.property(anyFile, fc.nat(), (file, seed) => {
        const a: RankingV1 = scoreClusterYear(file);
        const b: RankingV1 = scoreClusterYear(reordered(file, seed));
        expect(b).toEqual(a);
        // The same after a JSON round trip of the reordered file, as `thidua score` reads it.
        const parsed = parseClusterYear(JSON.stringify(reordered(file, seed + 1)));
        expect(parsed.ok && scoreClusterYear(parsed.file)).toEqual(a);
      }),
      { numRuns: 200 },
    );
  });

  it("no total exceeds maxPoints plus the bonus cap; no base exceeds maxPoints", () => {
    fc.assert(
      fc.property(anyFile, (file) => {
        const max = hundredthsOf(maxPoints(file.criteria));
        const bonusRoom =
          file.rules.bonusCap !== undefined ? hundredthsOf(file.rules.bonusCap) : bonusMaxima(file);
        for (const r of scoreClusterYear(file).results) {
          expect(hundredthsOf(r.base)).toBeLessThanOrEqual(max);
          expect(hundredthsOf(r.total)).toBeLessThanOrEqual(max + bonusRoom);
          if (file.rules.bonusCap !== undefined) expect(r.bonus).toBeLessThanOrEqual(file.rules.bonusCap);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("total = max(0, base + bonus − penalty), exactly", () => {
    fc.assert(
      fc.property(anyFile, (file) => {
        for (const r of scoreClusterYear(file).results) {
          const t = hundredthsOf(r.base) + hundredthsOf(r.bonus) - hundredthsOf(r.penalty);
          expect(hundredthsOf(r.total)).toBe(t > 0n ? t : 0n);
        }
      }),
      { numRuns: 150 },
    );
  });

  it("every number has at most 2 decimals", () => {
    fc.assert(
      fc.property(anyFile, (file) => {
        const { results } = scoreClusterYear(file);
        for (const x of numbersIn(results)) expect(String(x)).toMatch(/^-?\d+(\.\d{1,2})?$/);
      }),
      { numRuns: 200 },
    );
  });
});
