import { describe, expect, it } from "vitest";
import type { Criterion } from "../../contracts/cluster-year";
import { parseClusterYear } from "./parse";
import { scoreClusterYear } from "./score";
import { syntheticClusterYear } from "./synthetic";
import { walkCriteria } from "./tree";

describe("syntheticClusterYear", () => {
  it("makes valid files of the asked size", () => {
    for (const [units, criteria, seed] of [
      [1, 1, 1],
      [6, 15, 2],
      [10, 80, 3],
      [40, 200, 4],
    ] as const) {
      const file = syntheticClusterYear({ units, criteria, seed });
      const parsed = parseClusterYear(JSON.stringify(file));
      expect(parsed.ok ? [] : parsed.issues).toEqual([]);
      expect(file.units).toHaveLength(units);
      let scored = 0;
      walkCriteria(file.criteria, (c) => {
        if (c.method !== undefined) scored++;
      });
      expect(scored).toBe(criteria);
    }
  });

  it("is deterministic for a seed and differs between seeds", () => {
    const a = syntheticClusterYear({ units: 10, criteria: 80, seed: 42 });
    expect(syntheticClusterYear({ units: 10, criteria: 80, seed: 42 })).toEqual(a);
    expect(syntheticClusterYear({ units: 10, criteria: 80, seed: 43 })).not.toEqual(a);
    expect(scoreClusterYear(a)).toEqual(
      scoreClusterYear(syntheticClusterYear({ units: 10, criteria: 80, seed: 42 })),
    );
  });

  it("uses every method and nests groups two deep", () => {
    const file = syntheticClusterYear({ units: 10, criteria: 80, seed: 7 });
    const methods = new Set<string>();
    let maxDepth = 0;
    walkCriteria(file.criteria, (c: Criterion, _path, depth) => {
      methods.add(c.method ?? "group");
      maxDepth = Math.max(maxDepth, depth);
    });
    expect([...methods].sort()).toEqual(
      [
        "bonus",
        "group",
        "leaderRelative",
        "levels",
        "manual",
        "passFail",
        "penalty",
        "perOccurrence",
        "target",
      ].sort(),
    );
    expect(maxDepth).toBe(2);
  });
});
