import {
  CLUSTER_YEAR_FORMAT,
  type ClusterYear,
  type Criterion,
  type GroupCriterion,
  type Method,
  type ScoredCriterion,
  type ScoreInput,
  type Unit,
} from "../../contracts/cluster-year";
import { maxPoints } from "./max-points";
import { walkCriteria } from "./tree";

// A deterministic, valid cluster-year file of any size, for benchmarks and property tests: every
// method, groups nested two deep (some capped), bonus and penalty inside and outside groups, per-unit
// targets, units without a target, missing inputs, and points with 3 decimals that need rounding.

export interface SyntheticOptions {
  /** Number of units (≥ 1). */
  readonly units: number;
  /** Number of scored criteria, bonus and penalty included (≥ 1); groups come on top. */
  readonly criteria: number;
  readonly seed: number;
}

type Random = () => number;

/** mulberry32: small, fast, and the same on every machine. */
function random(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PLACES = [
  "Hạ Long",
  "Uông Bí",
  "Quảng Yên",
  "Đông Triều",
  "Cẩm Phả",
  "Móng Cái",
  "Vân Đồn",
  "Tiên Yên",
];
const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"];
const MAXES = [2, 2.5, 3, 5, 7.5, 8, 10, 8.025];
const WEIGHTS: readonly [Method, number][] = [
  ["manual", 24],
  ["passFail", 10],
  ["target", 15],
  ["leaderRelative", 17],
  ["perOccurrence", 10],
  ["levels", 14],
  ["bonus", 5],
  ["penalty", 5],
];
const LEVELS = [
  { label: "Hoàn thành xuất sắc", ratio: 1 },
  { label: "Hoàn thành tốt", ratio: 0.8 },
  { label: "Hoàn thành", ratio: 0.55 },
  { label: "Không hoàn thành", ratio: 0 },
];

export function syntheticClusterYear({
  units: unitCount,
  criteria: count,
  seed,
}: SyntheticOptions): ClusterYear {
  const rnd = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)]!;
  const units: Unit[] = Array.from({ length: unitCount }, (_, i) => ({
    code: `U${String(i + 1).padStart(2, "0")}`,
    name: `Ban Tuyên giáo ${PLACES[i % PLACES.length]}${i >= PLACES.length ? ` ${Math.floor(i / PLACES.length) + 1}` : ""}`,
  }));
  const methodOf = (): Method => {
    let x = rnd() * 100;
    for (const [method, weight] of WEIGHTS) {
      x -= weight;
      if (x < 0) return method;
    }
    return "manual";
  };
  const leaf = (code: string): ScoredCriterion => makeCriterion(code, methodOf(), units, rnd, pick);

  const groups = Math.max(1, Math.round(count / 10));
  const criteria: Criterion[] = [];
  let made = 0;
  for (let g = 0; g < groups && made < count; g++) {
    const code = ROMAN[g] ?? `G${g + 1}`;
    const share = g === groups - 1 ? count - made : Math.ceil((count - made) / (groups - g));
    const children: Criterion[] = [];
    for (let k = 1; k <= share; k++, made++) {
      // Every third group nests its last leaves in a subgroup.
      if (g % 3 === 1 && k > share / 2) {
        let sub = children.find((c): c is GroupCriterion => c.method === undefined);
        if (sub === undefined) {
          sub = { code: `${code}.S`, title: `Nhóm con ${code}`, children: [] };
          children.push(sub);
        }
        sub.children.push(leaf(`${code}.S.${k}`));
      } else {
        children.push(leaf(`${code}.${k}`));
      }
    }
    const group: GroupCriterion = { code, title: `Nhóm tiêu chí ${code}`, children };
    // Some groups are worth less than their criteria together, so the cap bites.
    if (g % 2 === 0) group.max = Math.max(1, Math.floor(maxPoints(children) * 0.9));
    criteria.push(group);
  }
  const full = maxPoints(criteria);
  return {
    format: CLUSTER_YEAR_FORMAT,
    cluster: { code: `CUM${seed % 100}`, name: `Cụm thi đua tổng hợp ${seed}` },
    year: 2020 + (seed % 6),
    units,
    criteria,
    rules: {
      bonusCap: 5,
      tieBreak: ["group:I", "fewerPenalties", "moreBonus"],
      bands: [
        { label: "Xuất sắc", min: Math.round(full * 0.8) },
        { label: "Tốt", min: Math.round(full * 0.6) },
        { label: "Khá", min: Math.round(full * 0.4) },
      ],
      leading: { minTotal: Math.round(full * 0.7) },
    },
    scores: makeScores(criteria, units, rnd),
  };
}

function makeCriterion(
  code: string,
  method: Method,
  units: readonly Unit[],
  rnd: Random,
  pick: <T>(items: readonly T[]) => T,
): ScoredCriterion {
  const title = `Tiêu chí ${code}`;
  const max = pick(MAXES);
  const someTargets = (zeroes: boolean) =>
    Object.fromEntries(
      units
        .filter(() => rnd() < 0.5)
        .map((u) => [u.code, zeroes && rnd() < 0.3 ? 0 : 5 + Math.floor(rnd() * 40)]),
    );
  switch (method) {
    case "manual":
    case "passFail":
    case "bonus":
      return { code, title, method, max: method === "bonus" ? pick([1, 2, 3]) : max };
    case "target":
      return { code, title, method, max, target: 5 + Math.floor(rnd() * 40), targets: someTargets(false) };
    case "leaderRelative":
      return rnd() < 0.25
        ? { code, title, method, max }
        : { code, title, method, max, target: pick([0, 12, 20, 36]), targets: someTargets(true) };
    case "perOccurrence":
      return { code, title, method, max, pointsEach: pick([0.25, 0.5, 1, 1.125]) };
    case "levels":
      return { code, title, method, max, levels: LEVELS.map((level) => ({ ...level })) };
    case "penalty":
      return rnd() < 0.5
        ? { code, title, method, pointsEach: pick([0.5, 1, 2]) }
        : { code, title, method, pointsEach: pick([0.5, 1]), max: 3 };
  }
}

function makeScores(
  criteria: readonly Criterion[],
  units: readonly Unit[],
  rnd: Random,
): ClusterYear["scores"] {
  const scores: ClusterYear["scores"] = {};
  for (const unit of units) {
    const inputs: Record<string, ScoreInput> = {};
    walkCriteria(criteria, (criterion) => {
      if (criterion.method === undefined || rnd() < 0.08) return; // groups take no input; some missing
      inputs[criterion.code] = makeInput(criterion, rnd);
    });
    scores[unit.code] = inputs;
  }
  return scores;
}

function makeInput(criterion: ScoredCriterion, rnd: Random): ScoreInput {
  switch (criterion.method) {
    case "manual":
    case "bonus":
      // Three decimals, never above max: exercises rounding half away from zero.
      return { points: Math.min(criterion.max, Math.round(rnd() * criterion.max * 1000) / 1000) };
    case "passFail":
      return { passed: rnd() < 0.8 };
    case "target":
    case "leaderRelative":
      return { actual: rnd() < 0.5 ? Math.floor(rnd() * 60) : Math.round(rnd() * 60_000) / 1000 };
    case "perOccurrence":
      return { count: Math.floor(rnd() * 12) };
    case "penalty":
      return { count: rnd() < 0.6 ? 0 : Math.floor(rnd() * 4) };
    case "levels":
      return { level: criterion.levels[Math.floor(rnd() * criterion.levels.length)]!.label };
  }
}
