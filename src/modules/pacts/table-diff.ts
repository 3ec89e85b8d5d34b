import type { Criterion, Rules } from "../../contracts/cluster-year";
import type { TableChange } from "../../contracts/pacts";
import { maxPoints } from "../../core/scoring";
import { canonicalJson } from "../../core/text/canonical-json";

// What changed between two versions of a criteria table: for amendments ("what the members agreed to
// change") and for a conflict ("what the other editor saved that you do not have").

export type Table = { criteria: Criterion[]; rules: Rules };

type Placed = { criterion: Criterion; path: string; parent: string };

export type LocatedChange = TableChange & {
  /** JSON path of the criterion in the newer table (the older one for "removed"). */
  path: string;
  /** For "changed": field → [older value, newer value]. */
  values: Record<string, [unknown, unknown]>;
};

export type TableDiff = {
  changes: LocatedChange[];
  rulesChanged: boolean;
  maxPointsBefore: number;
  maxPointsAfter: number;
};

const FIELD_NAMES: Record<string, string> = {
  title: "tên",
  method: "cách chấm",
  max: "điểm tối đa",
  target: "chỉ tiêu",
  targets: "chỉ tiêu từng đơn vị",
  pointsEach: "điểm mỗi lần",
  levels: "các mức",
  position: "vị trí",
};

function place(
  criteria: readonly Criterion[],
  path = "criteria",
  parent = "",
  out = new Map<string, Placed>(),
) {
  criteria.forEach((criterion, i) => {
    const here = `${path}[${i}]`;
    if (!out.has(criterion.code)) out.set(criterion.code, { criterion, path: here, parent });
    if ("children" in criterion) place(criterion.children, `${here}.children`, criterion.code, out);
  });
  return out;
}

function childrenOf(criteria: readonly Criterion[], parent: string): string[] {
  if (parent === "") return criteria.map((c) => c.code);
  for (const c of criteria) {
    if (!("children" in c)) continue;
    if (c.code === parent) return c.children.map((x) => x.code);
    const found = childrenOf(c.children, parent);
    if (found.length > 0) return found;
  }
  return [];
}

function fieldsOf(criterion: Criterion): Record<string, unknown> {
  const { children: _children, code: _code, ...rest } = criterion as Criterion & { children?: unknown };
  return rest;
}

/** Every added, removed, changed criterion and every reordered group, in the newer table's order. */
export function diffTables(before: Table, after: Table): TableDiff {
  const old = place(before.criteria);
  const now = place(after.criteria);
  const changes: LocatedChange[] = [];
  for (const [code, { criterion, path, parent }] of now) {
    const was = old.get(code);
    if (!was) {
      changes.push({ kind: "added", code, title: criterion.title, fields: [], path, values: {} });
      continue;
    }
    const values: Record<string, [unknown, unknown]> = {};
    const a = fieldsOf(was.criterion);
    const b = fieldsOf(criterion);
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      if (canonicalJson(a[key] ?? null) !== canonicalJson(b[key] ?? null)) values[key] = [a[key], b[key]];
    }
    if (was.parent !== parent) values.position = [was.parent || "(gốc)", parent || "(gốc)"];
    if (Object.keys(values).length > 0) {
      changes.push({
        kind: "changed",
        code,
        title: criterion.title,
        fields: Object.keys(values),
        path,
        values,
      });
    }
  }
  for (const [code, { criterion, path }] of old) {
    if (!now.has(code))
      changes.push({ kind: "removed", code, title: criterion.title, fields: [], path, values: {} });
  }
  for (const parent of ["", ...[...now.keys()].filter((c) => old.has(c))]) {
    const kept = (codes: string[], other: Map<string, Placed>) =>
      codes.filter((c) => other.get(c)?.parent === parent);
    const a = kept(childrenOf(before.criteria, parent), now);
    const b = kept(childrenOf(after.criteria, parent), old);
    if (a.join("\u0000") !== b.join("\u0000")) {
      const title = parent === "" ? "Bảng tiêu chí" : (now.get(parent)?.criterion.title ?? "");
      const path = parent === "" ? "criteria" : `${now.get(parent)?.path}.children`;
      changes.push({ kind: "reordered", code: parent, title, fields: [], path, values: {} });
    }
  }
  return {
    changes,
    rulesChanged: canonicalJson(before.rules) !== canonicalJson(after.rules),
    maxPointsBefore: maxPoints(before.criteria),
    maxPointsAfter: maxPoints(after.criteria),
  };
}

export const isEmptyDiff = (diff: TableDiff): boolean => diff.changes.length === 0 && !diff.rulesChanged;

/** "Thêm I.5; bỏ III.2; sửa II.2 (điểm tối đa, chỉ tiêu từng đơn vị); đổi thứ tự nhóm I; sửa quy chế; tổng điểm tối đa 100 → 102". */
export function summarizeDiff(diff: TableDiff): string {
  const parts: string[] = [];
  const codes = (kind: TableChange["kind"]) => diff.changes.filter((c) => c.kind === kind);
  const added = codes("added").map((c) => c.code);
  const removed = codes("removed").map((c) => c.code);
  if (added.length > 0) parts.push(`thêm ${added.join(", ")}`);
  if (removed.length > 0) parts.push(`bỏ ${removed.join(", ")}`);
  for (const c of codes("changed")) {
    parts.push(`sửa ${c.code} (${c.fields.map((f) => FIELD_NAMES[f] ?? f).join(", ")})`);
  }
  for (const c of codes("reordered"))
    parts.push(c.code === "" ? "đổi thứ tự bảng" : `đổi thứ tự nhóm ${c.code}`);
  if (diff.rulesChanged) parts.push("sửa quy chế");
  if (diff.maxPointsBefore !== diff.maxPointsAfter) {
    parts.push(`tổng điểm tối đa ${diff.maxPointsBefore} → ${diff.maxPointsAfter}`);
  }
  if (parts.length === 0) return "Không thay đổi nội dung";
  const text = parts.join("; ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A field's value as it is shown in a message: numbers and text as they are, lists and maps as JSON. */
export function showValue(value: unknown): string {
  if (value === undefined || value === null) return "(trống)";
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}
