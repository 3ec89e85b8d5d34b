import type { TFunction } from "i18next";
import type { ScoredCriterion } from "../../../src/contracts/cluster-year";
import { formatScore } from "../lib/format";
import type { ScoreValue } from "./value-input";

/** Half away from zero at 2 decimals, on integer hundredths (as scoring.md and a spreadsheet's ROUND). */
export const round2 = (x: number): number => {
  const hundredths = Math.round(Math.abs(x) * 1e6) / 1e4;
  const rounded = Math.floor(hundredths + 0.5 + 1e-9) / 100;
  return x < 0 ? -rounded : rounded;
};

/**
 * The points one value gives on its own, as the engine scores it; null where they depend on the other
 * units (leader-relative above its target, or without a target), which only the server knows.
 * A penalty's points are what it takes off (positive).
 */
export function pointsOf(
  c: ScoredCriterion,
  v: ScoreValue | null,
  target: number | undefined,
): number | null {
  if (!v) return null;
  switch (c.method) {
    case "manual":
    case "bonus":
      return v.points ?? null;
    case "passFail":
      return v.passed === undefined ? null : v.passed ? c.max : 0;
    case "levels": {
      const level = c.levels.find((l) => l.label === v.level);
      return level ? round2(c.max * level.ratio) : null;
    }
    case "perOccurrence":
      return v.count === undefined ? null : round2(Math.min(v.count * c.pointsEach, c.max));
    case "penalty": {
      if (v.count === undefined) return null;
      const off = v.count * c.pointsEach;
      return round2(c.max === undefined ? off : Math.min(off, c.max));
    }
    case "target":
      if (v.actual === undefined || !target) return null;
      return round2(c.max * Math.min(v.actual / target, 1));
    case "leaderRelative":
      if (v.actual === undefined || !target || v.actual > target) return null;
      return round2(0.5 * c.max * (v.actual / target));
  }
}

/** How the points follow from the value, e.g. "110 / 125 × 5 = 4,4"; null for a direct score. */
export function formulaOf(
  c: ScoredCriterion,
  v: ScoreValue | null,
  target: number | undefined,
  points: number | null,
  t: TFunction,
): string | null {
  if (!v) return null;
  const f = formatScore;
  const is = points === null ? "" : ` = ${f(points)}`;
  switch (c.method) {
    case "manual":
    case "bonus":
      return null;
    case "passFail":
      return v.passed ? t("form.formula.passed", { max: f(c.max) }) : t("form.formula.failed");
    case "levels": {
      const level = c.levels.find((l) => l.label === v.level);
      return level ? `${f(c.max)} × ${f(level.ratio * 100)}%${is}` : null;
    }
    case "perOccurrence": {
      if (v.count === undefined) return null;
      const calc = `${v.count} × ${f(c.pointsEach)}`;
      return v.count * c.pointsEach > c.max
        ? t("form.formula.capped", { calc, max: f(c.max) })
        : `${calc}${is}`;
    }
    case "penalty":
      return v.count === undefined
        ? null
        : `−(${v.count} × ${f(c.pointsEach)})${points === null ? "" : ` = −${f(points)}`}`;
    case "target":
      if (v.actual === undefined || !target) return null;
      return v.actual >= target
        ? t("form.formula.atTarget", { a: f(v.actual), t: f(target), max: f(c.max) })
        : `${f(v.actual)} / ${f(target)} × ${f(c.max)}${is}`;
    case "leaderRelative":
      if (v.actual === undefined) return null;
      if (!target) return t("form.formula.noTarget", { max: f(c.max) });
      return v.actual > target
        ? `${t("form.formula.leaderAbove", { a: f(v.actual), t: f(target), max: f(c.max) })}${is}`
        : `${f(0.5)} × ${f(c.max)} × ${f(v.actual)} / ${f(target)}${is}`;
  }
}

/** The control's label by what it asks for: a result, a percentage, a count, a level, points. */
export function inputLabel(c: ScoredCriterion, stage: "self" | "review", t: TFunction): string {
  const args = { stage: t(`form.stage.${stage}`), code: c.code };
  switch (c.method) {
    case "manual":
    case "bonus":
      return t("form.label.points", args);
    case "target":
    case "leaderRelative":
      if (/%|tỷ lệ/i.test(c.title)) return t("form.label.percent", args);
      if (/\bbài\b/i.test(c.title))
        return t("form.label.resultIn", { ...args, unit: t("form.unitArticles") });
      return t("form.label.result", args);
    case "perOccurrence":
      return t("form.label.count", args);
    case "penalty":
      return t("form.label.violations", args);
    case "passFail":
      return t("form.label.passFail", args);
    case "levels":
      return t("form.label.level", args);
  }
}
