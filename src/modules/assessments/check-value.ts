import {
  CLUSTER_YEAR_FORMAT,
  type ClusterYearInput,
  type ScoredCriterion,
  type ScoreInput,
  type Scores,
} from "../../contracts/cluster-year";
import { validationError } from "../../contracts/parse";
import { MSG, parseClusterYear } from "../../core/scoring";
import { childPath } from "../../core/scoring/issues";
import { type Frame, parseFrame, parseOneInput } from "../../core/scoring/one-input";
import { inputField } from "../../core/scoring/tree";
import type { PactForScoring } from "../pacts/pact-for-scoring";
import { findCriterion, isScored, methodLabel } from "./criteria";

type Paths = { code: string; value: string };
const DEFAULT_PATHS: Paths = { code: "criterionCode", value: "value" };

/** The cluster-year file of a pact with some scores, as the engine reads it. */
export function clusterYearFile(scoring: PactForScoring, scores: Scores): ClusterYearInput {
  return {
    format: CLUSTER_YEAR_FORMAT,
    cluster: { code: scoring.cluster.code, name: scoring.cluster.name || scoring.cluster.code },
    year: scoring.cluster.year,
    units: scoring.units.map((u) => ({ code: u.code, name: u.name || u.code })),
    criteria: scoring.criteria,
    rules: scoring.rules,
    scores,
  };
}

/**
 * Checks one unit's value for one criterion exactly as the scoring engine would check it in a file,
 * and returns it as the engine parsed it. Refused (400, located at `value.…`, in Vietnamese) when it is
 * above the max, an unknown level, a negative or fractional count, or given for a group; never clamped.
 */
export function checkValue(
  scoring: PactForScoring,
  unitCode: string,
  criterionCode: string,
  value: unknown,
  paths: Paths = DEFAULT_PATHS,
): { criterion: ScoredCriterion; value: ScoreInput } {
  const criterion = findCriterion(scoring.criteria, criterionCode);
  if (!criterion) {
    throw validationError([
      { path: paths.code, message: `Không có tiêu chí "${criterionCode}" trong giao ước của cụm` },
    ]);
  }
  if (!isScored(criterion)) {
    throw validationError([
      {
        path: paths.code,
        message: `"${criterionCode}" là nhóm tiêu chí: điểm của nhóm là tổng các tiêu chí con, không nhập trực tiếp`,
      },
    ]);
  }
  const quick = parseOneInput(frameOf(scoring), unitCode, criterionCode, value);
  if (quick) return { criterion, value: quick };
  // Refused (or a pact the engine refuses): the whole file says what is wrong, in the engine's words.
  const result = parseClusterYear(
    clusterYearFile(scoring, { [unitCode]: { [criterionCode]: value as ScoreInput } }),
  );
  if (result.ok) {
    const parsed = result.file.scores[unitCode]?.[criterionCode];
    if (parsed) return { criterion, value: parsed };
  }
  const here = childPath(childPath("scores", unitCode), criterionCode);
  const issues = (result.ok ? [] : result.issues).map((issue) => ({
    path: issue.path.startsWith(here) ? `${paths.value}${issue.path.slice(here.length)}` : issue.path,
    message: vietnamese(issue.message, criterion, value),
  }));
  throw validationError(
    issues.length > 0 ? issues : [{ path: paths.value, message: "Giá trị chấm không hợp lệ" }],
  );
}

// The pact's table, its cluster and members parsed once per pact version, not on every save. A pact's
// criteria and rules change only through `updatePactIfVersion`, which moves its version and updatedAt; the
// cluster and members are part of the key, as read with the pact in the same statement.
const frames = new Map<string, Frame>();
const MAX_FRAMES = 500;

function frameOf(scoring: PactForScoring): Frame {
  const { pact } = scoring;
  if (!pact) return { ok: false };
  const key = JSON.stringify([
    pact.id,
    pact.version,
    pact.updatedAt.getTime(),
    scoring.cluster.code,
    scoring.cluster.name,
    scoring.cluster.year,
    scoring.units.map((u) => [u.code, u.name]),
  ]);
  let frame = frames.get(key);
  if (!frame) {
    const { scores: _none, ...file } = clusterYearFile(scoring, {});
    frame = parseFrame(file);
    if (frames.size >= MAX_FRAMES) frames.delete(frames.keys().next().value as string);
    frames.set(key, frame);
  }
  return frame;
}

/** The engine's messages (English, shared with the CLI) said in Vietnamese for this criterion. */
function vietnamese(message: string, criterion: ScoredCriterion, raw: unknown): string {
  const field = inputField(criterion.method);
  const method = methodLabel(criterion.method);
  const level = typeof raw === "object" && raw !== null ? (raw as { level?: unknown }).level : undefined;
  const labels = criterion.method === "levels" ? [...new Set(criterion.levels.map((l) => l.label))] : [];
  const known: Record<string, string> = {
    [MSG.required]: "bắt buộc",
    [MSG.nonNegative]: "phải là số không âm (≥ 0)",
    [MSG.number]: "phải là số",
    [MSG.wholeCount]: "phải là số nguyên không âm (0, 1, 2…)",
    [MSG.boolean]: "phải là true (đạt) hoặc false (không đạt)",
    [MSG.string]: "phải là văn bản",
    [MSG.object]: "phải là một đối tượng",
    [MSG.unknownField]: `trường không dùng cho tiêu chí chấm ${method} (chỉ nhận "${field}")`,
    [MSG.missingInput(criterion.method)]: `bắt buộc với tiêu chí chấm ${method}`,
    [MSG.notAnInput(criterion.method, field)]: `tiêu chí chấm ${method} chỉ nhận "${field}"`,
    [MSG.groupInput]: "nhóm tiêu chí không nhận điểm trực tiếp",
  };
  if ("max" in criterion && criterion.max !== undefined) {
    known[MSG.aboveMax(criterion.max)] =
      `không được vượt quá ${criterion.max.toLocaleString("vi-VN")} (điểm tối đa của tiêu chí ${criterion.code})`;
  }
  if (typeof level === "string") {
    known[MSG.unknownLevel(level, labels)] =
      `mức "${level}" không có trong bảng tiêu chí (các mức: ${labels.map((l) => `"${l}"`).join(", ")})`;
  }
  return known[message] ?? message;
}
