// The scoring engine of docs/scoring.md: pure functions, no I/O.

export { exact, formatHundredths, hundredthsOf, type Ratio, round2, toNumber } from "./decimal";
export {
  type CriterionDifference,
  explainDifference,
  type KeyComparison,
  type RankExplanation,
} from "./explain";
export { formatIssue, formatPath, type Issue } from "./issues";
export { maxPoints } from "./max-points";
export { MSG } from "./messages";
export { type ParseResult, parseClusterYear } from "./parse";
export type { RankKey } from "./rank";
export { scoreClusterYear } from "./score";
export { type SyntheticOptions, syntheticClusterYear } from "./synthetic";
