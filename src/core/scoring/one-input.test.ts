import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ClusterYear } from "../../contracts/cluster-year";
import { parseFrame, parseOneInput } from "./one-input";
import { parseClusterYear } from "./parse";
import { syntheticClusterYear } from "./synthetic";
import { indexCriteria } from "./tree";

// The save path checks one value against a pact parsed once; it must accept exactly what parsing the
// whole file with that one score accepts, and return the same parsed value.
const file: ClusterYear = syntheticClusterYear({ units: 4, criteria: 40, seed: 8 });
const { scores: _scores, ...frameFile } = file;
const frame = parseFrame(frameFile);
const codes = [...indexCriteria(file.criteria).keys(), "NOPE"];
const units = [...file.units.map((u) => u.code), "ZZ"];

const whole = (unit: string, code: string, value: unknown) => {
  const result = parseClusterYear({ ...file, scores: { [unit]: { [code]: value } } });
  return result.ok ? result.file.scores[unit]?.[code] : undefined;
};

const fields = {
  points: fc.oneof(fc.double(), fc.integer({ min: -3, max: 60 }), fc.constant(2.5)),
  passed: fc.oneof(fc.boolean(), fc.constant("yes")),
  actual: fc.oneof(fc.integer({ min: -2, max: 80 }), fc.double()),
  count: fc.oneof(fc.integer({ min: -2, max: 12 }), fc.constant(1.5)),
  level: fc.constantFrom("Hoàn thành tốt", "Hoàn thành", "Giỏi", "a\u0000b"),
  extra: fc.integer(),
};
const anyValue = fc.oneof(
  ...Object.entries(fields).map(([key, value]) => fc.record({ [key]: value })),
  fc.record(fields, { requiredKeys: [] }),
  fc.constantFrom(null, 3, "x", [], { points: { nested: 1 } }, JSON.parse('{"__proto__": {"points": 1}}')),
);

describe("one input against a pact parsed once", () => {
  it("accepts what the whole file accepts, with the same parsed value, and nothing else", () => {
    expect(frame.ok).toBe(true);
    const seen = { accepted: 0, refused: 0 };
    fc.assert(
      fc.property(fc.constantFrom(...units), fc.constantFrom(...codes), anyValue, (unit, code, value) => {
        const expected = whole(unit, code, value);
        const quick = parseOneInput(frame, unit, code, value);
        expect(quick).toEqual(expected);
        seen[expected === undefined ? "refused" : "accepted"]++;
      }),
      { numRuns: 3000, seed: 8 },
    );
    // Both sides were exercised, not only refusals.
    expect(seen.accepted).toBeGreaterThan(50);
    expect(seen.refused).toBeGreaterThan(50);
  });

  it("accepts the file's own scores", () => {
    for (const [unit, inputs] of Object.entries(file.scores))
      for (const [code, value] of Object.entries(inputs))
        expect(parseOneInput(frame, unit, code, value)).toEqual(value);
  });

  it("accepts nothing against a pact the engine refuses", () => {
    const [first, ...rest] = frameFile.criteria;
    const bad = parseFrame({ ...frameFile, criteria: [first!, first!, ...rest] });
    expect(bad.ok).toBe(false);
    const [unit, inputs] = Object.entries(file.scores)[0]!;
    const [code, value] = Object.entries(inputs)[0]!;
    expect(parseOneInput(bad, unit, code, value)).toBeUndefined();
  });
});
