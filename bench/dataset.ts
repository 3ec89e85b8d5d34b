// The deterministic synthetic data set: councils → clusters → units, each cluster with its own pact
// (a criteria tree from syntheticClusterYear) and every unit's published final inputs, one per criterion.

import type {
  ClusterYear,
  Criterion,
  Rules,
  ScoredCriterion,
  ScoreInput,
  Scores,
} from "../src/contracts/cluster-year";
import { CLUSTER_YEAR_FORMAT } from "../src/contracts/cluster-year";
import { syntheticClusterYear } from "../src/core/scoring/index";

export type DatasetShape = {
  readonly councils: number;
  readonly clustersPerCouncil: number;
  readonly unitsPerCluster: number;
  readonly criteria: number;
  readonly year: number;
};

/** 34 councils × 100 clusters × 10 units × 80 criteria = 2.72 M inputs. */
export const COUNTRY: DatasetShape = {
  councils: 34,
  clustersPerCouncil: 100,
  unitsPerCluster: 10,
  criteria: 80,
  year: 2020,
};

export const inputCount = (s: DatasetShape): number =>
  s.councils * s.clustersPerCouncil * s.unitsPerCluster * s.criteria;

const KIND = {
  council: "0000000c",
  councilOrg: "000000ca",
  councilName: "000000cb",
  unit: "000000a0",
  unitName: "000000b0",
  cluster: "000000d0",
  pact: "000000e0",
  assessment: "000000f0",
} as const;

/** Deterministic UUIDs: the same data set has the same ids on every run. */
export const benchId = (kind: keyof typeof KIND, n: number): string =>
  `${KIND[kind]}-0000-4000-8000-${n.toString(16).padStart(12, "0")}`;

export type PlannedUnit = {
  id: string;
  /** The unit's assessment in its cluster (each unit is in one cluster here). */
  assessmentId: string;
  code: string;
  name: string;
  role: "head" | "deputy" | "member";
};

export type PlannedCluster = {
  id: string;
  pactId: string;
  code: string;
  name: string;
  year: number;
  units: PlannedUnit[];
  criteria: Criterion[];
  rules: Rules;
  /** unit id → criterion code → final input; every scored criterion has one. */
  inputs: Map<string, Record<string, ScoreInput>>;
};

export type PlannedCouncil = {
  id: string;
  orgId: string;
  code: string;
  name: string;
  clusters: PlannedCluster[];
};

export function planCouncil(shape: DatasetShape, c: number): PlannedCouncil {
  const clusters: PlannedCluster[] = [];
  for (let k = 0; k < shape.clustersPerCouncil; k++) clusters.push(planCluster(shape, c, k));
  return {
    id: benchId("council", c),
    orgId: benchId("councilOrg", c),
    code: `BTG-${String(c + 1).padStart(2, "0")}`,
    name: `Ban Tuyên giáo Tỉnh ủy số ${c + 1}`,
    clusters,
  };
}

function planCluster(shape: DatasetShape, c: number, k: number): PlannedCluster {
  const g = c * shape.clustersPerCouncil + k;
  const file = syntheticClusterYear({ units: shape.unitsPerCluster, criteria: shape.criteria, seed: g + 1 });
  const codeOf = new Map<string, string>();
  const units = file.units.map((u, i): PlannedUnit => {
    const code = `K${String(k + 1).padStart(3, "0")}-${u.code}`;
    codeOf.set(u.code, code);
    return {
      id: benchId("unit", g * shape.unitsPerCluster + i),
      assessmentId: benchId("assessment", g * shape.unitsPerCluster + i),
      code,
      name: `${u.name} (cụm ${k + 1})`,
      role: i === 0 ? "head" : i === 1 ? "deputy" : "member",
    };
  });
  const criteria = file.criteria.map((cr) => renameTargets(cr, codeOf));
  const inputs = new Map<string, Record<string, ScoreInput>>();
  file.units.forEach((u, i) => {
    const own = { ...(file.scores[u.code] ?? {}) };
    forEachScored(criteria, (cr) => {
      own[cr.code] ??= fillIn(cr, i);
    });
    inputs.set(units[i]!.id, own);
  });
  return {
    id: benchId("cluster", g),
    pactId: benchId("pact", g),
    code: `CUM${String(k + 1).padStart(3, "0")}`,
    name: `Cụm thi đua số ${k + 1}`,
    year: shape.year,
    units,
    criteria,
    rules: file.rules,
    inputs,
  };
}

/** The cluster as the engine's file, with the units' codes and names. */
export function clusterFile(cluster: PlannedCluster): ClusterYear {
  const scores: Scores = {};
  for (const u of cluster.units) scores[u.code] = cluster.inputs.get(u.id) ?? {};
  return {
    format: CLUSTER_YEAR_FORMAT,
    cluster: { code: cluster.code, name: cluster.name },
    year: cluster.year,
    units: cluster.units.map((u) => ({ code: u.code, name: u.name })),
    criteria: cluster.criteria,
    rules: cluster.rules,
    scores,
  };
}

function renameTargets(criterion: Criterion, codeOf: Map<string, string>): Criterion {
  if (criterion.method === undefined)
    return { ...criterion, children: criterion.children.map((ch) => renameTargets(ch, codeOf)) };
  if ((criterion.method === "target" || criterion.method === "leaderRelative") && criterion.targets) {
    const targets = Object.fromEntries(
      Object.entries(criterion.targets).map(([code, t]) => [codeOf.get(code) ?? code, t]),
    );
    return { ...criterion, targets };
  }
  return criterion;
}

function forEachScored(criteria: readonly Criterion[], visit: (c: ScoredCriterion) => void): void {
  for (const c of criteria) {
    if (c.method === undefined) forEachScored(c.children, visit);
    else visit(c);
  }
}

/** A valid input for a criterion the synthetic file left empty: a published assessment has them all. */
function fillIn(criterion: ScoredCriterion, unit: number): ScoreInput {
  switch (criterion.method) {
    case "manual":
    case "bonus":
      return { points: Math.floor(criterion.max * (300 + 50 * unit)) / 1000 };
    case "passFail":
      return { passed: unit % 4 !== 3 };
    case "target":
    case "leaderRelative":
      return { actual: 8 + unit * 3 };
    case "perOccurrence":
      return { count: unit % 7 };
    case "penalty":
      return { count: unit % 5 === 4 ? 1 : 0 };
    case "levels":
      return { level: criterion.levels[unit % criterion.levels.length]!.label };
  }
}
