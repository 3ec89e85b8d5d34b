import type { ValidationIssue } from "../api/types";
import type { ScoreValue } from "./value-input";

/** One override being typed: the criterion, its final value and the reason. */
export type OverrideDraft = { key: number; criterionCode: string; value: ScoreValue | null; reason: string };
export type OverrideErrors = { criterionCode?: string; value?: string; reason?: string };

type Messages = { pick: string; value: string; reason: string; duplicate: (code: string) => string };

/** What is missing before sending, by row; empty when every row is complete. */
export const checkOverrides = (rows: readonly OverrideDraft[], m: Messages): Map<number, OverrideErrors> => {
  const errors = new Map<number, OverrideErrors>();
  const seen = new Set<string>();
  for (const row of rows) {
    const e: OverrideErrors = {};
    if (!row.criterionCode) e.criterionCode = m.pick;
    else if (seen.has(row.criterionCode)) e.criterionCode = m.duplicate(row.criterionCode);
    seen.add(row.criterionCode);
    if (row.criterionCode && !row.value) e.value = m.value;
    if (!row.reason.trim()) e.reason = m.reason;
    if (Object.keys(e).length > 0) errors.set(row.key, e);
  }
  return errors;
};

/** The server's `overrides[i].value`… issues, placed at the rows they are about. */
export const overrideIssues = (
  rows: readonly OverrideDraft[],
  issues: readonly ValidationIssue[],
): { byRow: Map<number, OverrideErrors>; other: ValidationIssue[] } => {
  const byRow = new Map<number, OverrideErrors>();
  const other: ValidationIssue[] = [];
  for (const issue of issues) {
    const match = /^overrides\[(\d+)\]\.(criterionCode|value|reason)/.exec(issue.path);
    const row = match ? rows[Number(match[1])] : undefined;
    const field = match?.[2] as keyof OverrideErrors | undefined;
    if (!row || !field) {
      other.push(issue);
      continue;
    }
    byRow.set(row.key, { ...byRow.get(row.key), [field]: issue.message });
  }
  return { byRow, other };
};
