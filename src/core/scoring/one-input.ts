import {
  type ClusterYearInput,
  type Criterion,
  type ScoreInput,
  ScoresSchema,
} from "../../contracts/cluster-year";
import type { Issue } from "./issues";
import { parseClusterYear } from "./parse";
import { indexCriteria, isGroup } from "./tree";
import { checkInput } from "./validate";

/** A file without its scores, parsed once: whether it is good, and its criteria and units as parsed. */
export type Frame = { ok: false } | { ok: true; criteria: Map<string, Criterion>; units: Set<string> };

/** Parses everything of a file but its scores (a pact and its members), to check single inputs against. */
export function parseFrame(file: Omit<ClusterYearInput, "scores">): Frame {
  const result = parseClusterYear({ ...file, scores: {} });
  if (!result.ok) return { ok: false };
  return {
    ok: true,
    criteria: indexCriteria(result.file.criteria),
    units: new Set(result.file.units.map((u) => u.code)),
  };
}

/**
 * One input as `parseClusterYear` parses it in the frame's file holding that single score, without
 * parsing the whole file again. Undefined when that file would have any problem, or when the value is not
 * a flat object: the caller then parses the whole file to say what is wrong, so the messages stay the
 * engine's. Nothing else of the file depends on its scores, so a good frame and a good input make a good file.
 */
export function parseOneInput(
  frame: Frame,
  unit: string,
  code: string,
  value: unknown,
): ScoreInput | undefined {
  if (!frame.ok || !frame.units.has(unit) || !isFlatObject(value)) return undefined;
  const criterion = frame.criteria.get(code);
  if (criterion === undefined || isGroup(criterion)) return undefined;
  const parsed = ScoresSchema.safeParse({ [unit]: { [code]: value } });
  const input = parsed.success ? parsed.data[unit]?.[code] : undefined;
  if (input === undefined) return undefined;
  const issues: Issue[] = [];
  checkInput(criterion, input, unit, issues);
  return issues.length === 0 ? input : undefined;
}

// Depth, reserved keys ("__proto__", which Zod drops) and nesting are the whole parser's business.
function isFlatObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return false;
  for (const key of Object.keys(value)) {
    if (key === "__proto__") return false;
    const v = (value as Record<string, unknown>)[key];
    if (v !== null && typeof v === "object") return false;
  }
  return true;
}
