import type { RankingV1, Scores, UnitResult } from "../../contracts/cluster-year";
import { parseClusterYear, scoreClusterYear } from "../../core/scoring";
import { childPath } from "../../core/scoring/issues";
import type { DbOrTx } from "../../db/types";
import type { PactForScoring } from "../pacts/pact-for-scoring";
import { clusterYearFile } from "./check-value";
import { type AssessmentStatus, type Stage, scoresOfCluster } from "./scores-of-cluster";

/**
 * Ranks the cluster with these inputs. Inputs were checked when saved; one that a later pact
 * amendment made invalid (a removed level, a lowered max) is left out rather than breaking the page.
 */
export function rankCluster(scoring: PactForScoring, scores: Scores): RankingV1 {
  let current = scores;
  for (let attempt = 0; attempt < 2; attempt++) {
    const result = parseClusterYear(clusterYearFile(scoring, current));
    if (result.ok) return scoreClusterYear(result.file);
    current = withoutBadInputs(current, result.issues);
  }
  const result = parseClusterYear(clusterYearFile(scoring, {}));
  if (!result.ok) throw new Error(`pact is not a valid cluster-year: ${result.issues[0]?.message}`);
  return scoreClusterYear(result.file);
}

function withoutBadInputs(scores: Scores, issues: readonly { path: string }[]): Scores {
  const out: Scores = {};
  for (const [unit, inputs] of Object.entries(scores)) {
    out[unit] = Object.fromEntries(
      Object.entries(inputs).filter(([code]) => {
        const at = childPath(childPath("scores", unit), code);
        return !issues.some(
          (i) => i.path === at || i.path.startsWith(`${at}.`) || i.path.startsWith(`${at}[`),
        );
      }),
    );
  }
  return out;
}

export type StageResults = {
  /** A unit's result at this stage, by unit code; undefined when the unit's values are not counted. */
  of: (unitCode: string) => UnitResult | undefined;
};

/**
 * Results at one stage over the units whose values count there: the whole cluster is scored together
 * so leaderRelative sees the real leader. `include` picks units by status; `alsoCode` adds one unit
 * whatever its status (a unit's own draft, scored against the others' submitted values).
 */
export async function stageResults(
  db: DbOrTx,
  scoring: PactForScoring,
  stage: Stage,
  include: (status: AssessmentStatus) => boolean,
  alsoCodes: readonly string[] = [],
): Promise<StageResults> {
  const codes = new Map(scoring.units.map((u) => [u.unitId, u.code]));
  const all = await scoresOfCluster(db, scoring.cluster.id, codes, stage, [
    "draft",
    "submitted",
    "reviewed",
    "explanation",
    "final",
    "published",
  ]);
  const counted = (code: string) => {
    const status = all.statuses.get(code);
    return status !== undefined && include(status);
  };
  const base = pick(all.scores, (code) => counted(code));
  const ranking = rankCluster(scoring, base);
  const byCode = new Map(ranking.results.map((r) => [r.unit, r]));
  const extra = new Map<string, UnitResult | undefined>();
  for (const code of alsoCodes) {
    if (counted(code)) continue;
    const own = rankCluster(scoring, { ...base, [code]: all.scores[code] ?? {} });
    extra.set(
      code,
      own.results.find((r) => r.unit === code),
    );
  }
  return { of: (code) => (extra.has(code) ? extra.get(code) : counted(code) ? byCode.get(code) : undefined) };
}

function pick(scores: Scores, keep: (code: string) => boolean): Scores {
  return Object.fromEntries(Object.entries(scores).filter(([code]) => keep(code)));
}
