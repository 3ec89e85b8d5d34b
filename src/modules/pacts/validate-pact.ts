import type { Criterion, Rules } from "../../contracts/cluster-year";
import { CLUSTER_YEAR_FORMAT } from "../../contracts/cluster-year";
import { parseClusterYear } from "../../core/scoring";
import { bilingualIssue } from "../../core/scoring/messages-vi";
import { AppError } from "../../server/errors";

/**
 * A criteria table and rules are valid when they make a valid cluster-year file with the cluster's
 * members and no scores: one set of rules, the engine's, for the web app, imports and the CLI.
 * Returns the table as the engine parsed it (rules always present), for storing.
 */
export function assertValidPact(
  cluster: { code: string; name: string; year: number },
  units: { code: string; name: string }[],
  criteria: unknown,
  rules: unknown,
): { criteria: Criterion[]; rules: Rules } {
  const result = parseClusterYear({
    format: CLUSTER_YEAR_FORMAT,
    cluster: { code: cluster.code, name: cluster.name },
    year: cluster.year,
    units: units.map((u) => ({ code: u.code, name: u.name })),
    criteria,
    rules: rules ?? {},
    scores: {},
  });
  if (!result.ok) {
    const issues = result.issues.map(bilingualIssue);
    throw new AppError(
      "validation",
      400,
      `Bảng tiêu chí không hợp lệ — ${issues[0]?.path}: ${issues[0]?.message}`,
      issues,
    );
  }
  return { criteria: result.file.criteria, rules: result.file.rules };
}
