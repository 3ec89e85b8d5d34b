// Builders for the scoring tests (and other modules' tests): small valid files, results by unit.
import type { ClusterYear, Criterion, Rules, Scores, UnitResult } from "../../contracts/cluster-year";
import { formatIssue } from "./issues";
import { parseClusterYear } from "./parse";
import { scoreClusterYear } from "./score";

export interface FileParts {
  criteria: Criterion[];
  scores?: Scores;
  rules?: Rules;
  /** Unit codes, or [code, name] pairs; default A, B, C. */
  units?: (string | [string, string])[];
}

/** A valid file from its parts, checked by parseClusterYear (throws with the issues if it is not). */
export function clusterFile(parts: FileParts): ClusterYear {
  const raw = {
    format: "thidua.cluster-year/v1",
    cluster: { code: "CUM1", name: "Cụm thi đua số 1" },
    year: 2020,
    units: (parts.units ?? ["A", "B", "C"]).map((u) =>
      typeof u === "string" ? { code: u, name: `Đơn vị ${u}` } : { code: u[0], name: u[1] },
    ),
    criteria: parts.criteria,
    rules: parts.rules ?? {},
    scores: parts.scores ?? {},
  };
  const parsed = parseClusterYear(raw);
  if (!parsed.ok) throw new Error(`invalid test file:\n${parsed.issues.map(formatIssue).join("\n")}`);
  return parsed.file;
}

/** The results of a file, by unit code. */
export function resultsByUnit(file: ClusterYear): Record<string, UnitResult> {
  return Object.fromEntries(scoreClusterYear(file).results.map((r) => [r.unit, r]));
}

/** One criterion's score for every unit, by unit code. */
export function scoresOf(file: ClusterYear, code: string): Record<string, number | undefined> {
  return Object.fromEntries(scoreClusterYear(file).results.map((r) => [r.unit, r.scores[code]]));
}

/** The lines `thidua score` would print for a refused file; [] for a good one. */
export function issueLines(input: unknown): string[] {
  const parsed = parseClusterYear(input);
  return parsed.ok ? [] : parsed.issues.map(formatIssue);
}
