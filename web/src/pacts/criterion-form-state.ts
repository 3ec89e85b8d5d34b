import type { Method } from "../../../src/contracts/cluster-year";
import type { DraftNode } from "./criteria-tree";

export const METHODS = [
  "group",
  "manual",
  "passFail",
  "target",
  "leaderRelative",
  "perOccurrence",
  "levels",
  "bonus",
  "penalty",
] as const satisfies readonly (Method | "group")[];
export type FormMethod = (typeof METHODS)[number];

export type LevelRow = { label: string; ratio: number | "" };
export type FormState = {
  code: string;
  title: string;
  method: FormMethod;
  max: number | "";
  target: number | "";
  pointsEach: number | "";
  levels: LevelRow[];
};

type ErrorKey =
  | "pacts.errors.required"
  | "pacts.errors.codeTaken"
  | "pacts.errors.nonNegative"
  | "pacts.errors.positive"
  | "pacts.errors.levels"
  | "pacts.errors.levelTaken";
export type FormErrors = Partial<
  Record<"code" | "title" | "max" | "target" | "pointsEach" | "levels", ErrorKey>
>;

/** The form's fields for a node; numbers the method does not use start empty. */
export const formOf = (node: DraftNode): FormState => ({
  code: node.code,
  title: node.title,
  method: node.method ?? "group",
  max: node.max ?? "",
  target: "target" in node && node.target !== undefined ? node.target : "",
  pointsEach: "pointsEach" in node ? node.pointsEach : "",
  levels: "levels" in node ? node.levels.map((l) => ({ ...l })) : [],
});

/** What the form needs before the criterion can go into the table; the server checks the rest. */
export const validateForm = (form: FormState, takenCodes: ReadonlySet<string>): FormErrors => {
  const errors: FormErrors = {};
  const code = form.code.trim();
  if (!code) errors.code = "pacts.errors.required";
  else if (takenCodes.has(code)) errors.code = "pacts.errors.codeTaken";
  if (!form.title.trim()) errors.title = "pacts.errors.required";
  const m = form.method;
  if (form.max === "") {
    if (m !== "group" && m !== "penalty") errors.max = "pacts.errors.required";
  } else if (form.max < 0) errors.max = "pacts.errors.nonNegative";
  if (m === "target") {
    if (form.target === "") errors.target = "pacts.errors.required";
    else if (form.target <= 0) errors.target = "pacts.errors.positive";
  }
  if (m === "leaderRelative" && form.target !== "" && form.target < 0)
    errors.target = "pacts.errors.nonNegative";
  if (m === "perOccurrence" || m === "penalty") {
    if (form.pointsEach === "") errors.pointsEach = "pacts.errors.required";
    else if (form.pointsEach < 0) errors.pointsEach = "pacts.errors.nonNegative";
  }
  if (m === "levels") {
    const ok =
      form.levels.length > 0 &&
      form.levels.every((l) => l.label.trim() && l.ratio !== "" && l.ratio >= 0 && l.ratio <= 1);
    const labels = form.levels.map((l) => l.label.trim());
    if (!ok) errors.levels = "pacts.errors.levels";
    else if (new Set(labels).size !== labels.length) errors.levels = "pacts.errors.levelTaken";
  }
  return errors;
};

const n = (value: number | ""): number => (value === "" ? 0 : value);
const opt = (value: number | ""): number | undefined => (value === "" ? undefined : value);

/** The criterion the form describes, with only the fields its method takes (the file format is strict). */
export const buildNode = (form: FormState, old: DraftNode): DraftNode => {
  const common = { key: old.key, code: form.code.trim(), title: form.title.trim() };
  const oldTargets = "targets" in old ? old.targets : undefined;
  const targets = oldTargets && Object.keys(oldTargets).length > 0 ? { targets: oldTargets } : {};
  switch (form.method) {
    case "group": {
      const max = opt(form.max);
      return { ...common, ...(max === undefined ? {} : { max }), children: [] };
    }
    case "manual":
    case "passFail":
    case "bonus":
      return { ...common, method: form.method, max: n(form.max) };
    case "target":
      return { ...common, method: "target", max: n(form.max), target: n(form.target), ...targets };
    case "leaderRelative": {
      const target = opt(form.target);
      return {
        ...common,
        method: "leaderRelative",
        max: n(form.max),
        ...(target === undefined ? {} : { target }),
        ...targets,
      };
    }
    case "perOccurrence":
      return { ...common, method: "perOccurrence", max: n(form.max), pointsEach: n(form.pointsEach) };
    case "levels":
      return {
        ...common,
        method: "levels",
        max: n(form.max),
        levels: form.levels.map((l) => ({ label: l.label.trim(), ratio: n(l.ratio) })),
      };
    case "penalty": {
      const max = opt(form.max);
      return {
        ...common,
        method: "penalty",
        pointsEach: n(form.pointsEach),
        ...(max === undefined ? {} : { max }),
      };
    }
  }
};
