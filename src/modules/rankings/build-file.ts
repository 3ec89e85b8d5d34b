import {
  CLUSTER_YEAR_FORMAT,
  type ClusterYear,
  type Criterion,
  type Rules,
  type Scores,
} from "../../contracts/cluster-year";
import { formatPath, parseClusterYear } from "../../core/scoring";
import { bilingualIssue, vietnameseIssue } from "../../core/scoring/messages-vi";
import { AppError } from "../../server/errors";

/** An input left out of the scoring; `messageEn` is the engine's own wording, for the English interface. */
export type Ignored = { unit: string; criterion: string; message: string; messageEn: string };

/**
 * The thidua.cluster-year/v1 file of the units being ranked, checked by the engine. Per-unit targets of
 * units left out are dropped (a target names a unit of the file). An input that no longer fits the pact
 * (its criterion was removed or changed by an amendment) is left out and reported, never clamped.
 * Null when there is nothing to rank (no pact yet, or no unit's result to show).
 */
export function buildClusterYear(args: {
  cluster: { code: string; name: string; year: number };
  units: { code: string; name: string }[];
  criteria: Criterion[];
  rules: Rules;
  scores: Scores;
}): { file: ClusterYear | null; ignored: Ignored[] } {
  if (args.units.length === 0 || args.criteria.length === 0) return { file: null, ignored: [] };
  const codes = new Set(args.units.map((u) => u.code));
  const ignored: Ignored[] = [];
  const scored = new Set<string>();
  const criteria = args.criteria.map((c) => restrictTargets(c, codes, scored));
  const scores: Scores = {};
  for (const [unit, inputs] of Object.entries(args.scores)) {
    const kept: Scores[string] = {};
    for (const [code, input] of Object.entries(inputs)) {
      if (scored.has(code)) kept[code] = input;
      else
        ignored.push({
          unit,
          criterion: code,
          message: "Tiêu chí không còn trong giao ước, giá trị chưa được tính điểm",
          messageEn: "The criterion is no longer in the pact; the value is not scored",
        });
    }
    scores[unit] = kept;
  }
  const raw = {
    format: CLUSTER_YEAR_FORMAT,
    cluster: { code: args.cluster.code, name: args.cluster.name },
    year: args.cluster.year,
    units: args.units,
    criteria,
    rules: args.rules,
    scores,
  };
  let parsed = parseClusterYear(raw);
  if (!parsed.ok) {
    const bad = parsed.issues;
    for (const [unit, inputs] of Object.entries(scores)) {
      for (const code of Object.keys(inputs)) {
        const at = formatPath(["scores", unit, code]);
        const issue = bad.find((i) => i.path === at || i.path.startsWith(`${at}.`));
        if (!issue) continue;
        delete inputs[code];
        ignored.push({
          unit,
          criterion: code,
          message: `Giá trị không còn hợp lệ với giao ước, chưa được tính điểm: ${vietnameseIssue(issue.message)}`,
          messageEn: `The value no longer fits the pact and is not scored: ${issue.message}`,
        });
      }
    }
    parsed = parseClusterYear(raw);
  }
  if (!parsed.ok) {
    throw new AppError(
      "invalid_pact",
      422,
      `Giao ước của cụm không hợp lệ — ${parsed.issues[0]?.path}: ${vietnameseIssue(parsed.issues[0]?.message ?? "")}`,
      parsed.issues.map(bilingualIssue),
    );
  }
  return { file: parsed.file, ignored };
}

function restrictTargets(criterion: Criterion, units: ReadonlySet<string>, scored: Set<string>): Criterion {
  if (criterion.method === undefined) {
    return { ...criterion, children: criterion.children.map((c) => restrictTargets(c, units, scored)) };
  }
  scored.add(criterion.code);
  if ((criterion.method === "target" || criterion.method === "leaderRelative") && criterion.targets) {
    const targets = Object.fromEntries(Object.entries(criterion.targets).filter(([u]) => units.has(u)));
    return { ...criterion, targets };
  }
  return criterion;
}
