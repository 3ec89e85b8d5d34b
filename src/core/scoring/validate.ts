import type { ClusterYear, Criterion, ScoredCriterion, ScoreInput } from "../../contracts/cluster-year";
import { childPath, type Issue } from "./issues";
import { MSG } from "./messages";
import { type InputField, inputField, isGroup, walkCriteria } from "./tree";

// Rules of scoring.md that need the whole file. Runs on a file that already passed the Zod schema.

const INPUT_FIELDS: readonly InputField[] = ["points", "passed", "actual", "count", "level"];

/** Every problem Zod cannot see, in document order; empty when the file is good. */
export function validateClusterYear(file: ClusterYear): Issue[] {
  const issues: Issue[] = [];
  const units = checkUnits(file, issues);
  const criteria = checkCriteria(file.criteria, units, issues);
  checkRules(file, criteria, issues);
  checkScores(file, units, criteria, issues);
  return issues;
}

function checkUnits(file: ClusterYear, issues: Issue[]): Set<string> {
  const firstAt = new Map<string, string>();
  file.units.forEach((unit, i) => {
    const path = `units[${i}].code`;
    const first = firstAt.get(unit.code);
    if (first === undefined) firstAt.set(unit.code, path);
    else issues.push({ path, message: MSG.duplicateUnit(unit.code, first) });
  });
  return new Set(firstAt.keys());
}

function checkCriteria(criteria: readonly Criterion[], units: Set<string>, issues: Issue[]) {
  const firstAt = new Map<string, string>();
  const byCode = new Map<string, Criterion>();
  walkCriteria(criteria, (criterion, path) => {
    const first = firstAt.get(criterion.code);
    if (first === undefined) {
      firstAt.set(criterion.code, `${path}.code`);
      byCode.set(criterion.code, criterion);
    } else {
      issues.push({ path: `${path}.code`, message: MSG.duplicateCriterion(criterion.code, first) });
    }
    if (criterion.method === "target" || criterion.method === "leaderRelative") {
      for (const unit of Object.keys(criterion.targets ?? {})) {
        if (!units.has(unit)) {
          issues.push({ path: childPath(`${path}.targets`, unit), message: MSG.unknownUnit(unit) });
        }
      }
    }
    if (criterion.method === "levels") {
      const seen = new Set<string>();
      criterion.levels.forEach((level, i) => {
        if (seen.has(level.label)) {
          issues.push({ path: `${path}.levels[${i}].label`, message: MSG.duplicateLevel(level.label) });
        }
        seen.add(level.label);
      });
    }
  });
  return byCode;
}

function checkRules(file: ClusterYear, criteria: Map<string, Criterion>, issues: Issue[]): void {
  file.rules.tieBreak?.forEach((key, i) => {
    if (!key.startsWith("group:")) return;
    const code = key.slice("group:".length);
    if (!criteria.has(code))
      issues.push({ path: `rules.tieBreak[${i}]`, message: MSG.unknownCriterion(code) });
  });
}

function checkScores(
  file: ClusterYear,
  units: Set<string>,
  criteria: Map<string, Criterion>,
  issues: Issue[],
): void {
  for (const [unit, inputs] of Object.entries(file.scores)) {
    if (!units.has(unit)) {
      issues.push({ path: childPath("scores", unit), message: MSG.unknownUnit(unit) });
      continue;
    }
    for (const [code, input] of Object.entries(inputs)) {
      const criterion = criteria.get(code);
      if (criterion === undefined)
        issues.push({ path: inputPath(unit, code), message: MSG.unknownCriterion(code) });
      else if (isGroup(criterion)) issues.push({ path: inputPath(unit, code), message: MSG.groupInput });
      else checkInput(criterion, input, unit, issues);
    }
  }
}

// Paths are built only for a problem: a good file has thousands of inputs.
function inputPath(unit: string, code: string, field?: string): string {
  const path = childPath(childPath("scores", unit), code);
  return field === undefined ? path : `${path}.${field}`;
}

/** One unit's input for one scored criterion, checked as `validateClusterYear` checks it in a file. */
export function checkInput(
  criterion: ScoredCriterion,
  input: ScoreInput,
  unit: string,
  issues: Issue[],
): void {
  const { code, method } = criterion;
  const expected = inputField(method);
  for (const field of INPUT_FIELDS) {
    if (field !== expected && input[field] !== undefined) {
      issues.push({ path: inputPath(unit, code, field), message: MSG.notAnInput(method, expected) });
    }
  }
  const value = input[expected];
  if (value === undefined) {
    issues.push({ path: inputPath(unit, code, expected), message: MSG.missingInput(method) });
    return;
  }
  // Comparing the doubles is exact here: x < y as doubles exactly when their written decimals are.
  if ((method === "manual" || method === "bonus") && (value as number) > criterion.max) {
    issues.push({ path: inputPath(unit, code, expected), message: MSG.aboveMax(criterion.max) });
  }
  if (method === "levels" && !hasLevel(criterion.levels, value)) {
    const labels = [...new Set(criterion.levels.map((level) => level.label))];
    issues.push({ path: inputPath(unit, code, expected), message: MSG.unknownLevel(String(value), labels) });
  }
}

function hasLevel(levels: readonly { label: string }[], value: unknown): boolean {
  for (const level of levels) if (level.label === value) return true;
  return false;
}
