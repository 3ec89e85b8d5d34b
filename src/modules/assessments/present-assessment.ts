import type { CriterionRow, EvidenceFile } from "../../contracts/assessments";
import type { Criterion, UnitResult } from "../../contracts/cluster-year";
import { cleanFileName } from "../../core/text/file-name";
import { flattenCriteria, requiredCodes } from "./criteria";
import type { evidenceOf, InputRow } from "./repo";

type Evidence = Awaited<ReturnType<typeof evidenceOf>>[number];
type Value = Record<string, unknown> | null;

/** The criteria table with, per criterion, the self, reviewed and final values side by side and their scores. */
export function presentCriteria(args: {
  criteria: readonly Criterion[];
  inputs: readonly InputRow[];
  names: Map<string, string>;
  evidence: readonly Evidence[];
  self: UnitResult | undefined;
  final: UnitResult | undefined;
  review: UnitResult | undefined;
  invalid: readonly { criterion: string; message: string; messageEn: string }[];
  canDeleteEvidence: (uploaderId: string | null) => boolean;
}): CriterionRow[] {
  const byCode = new Map(args.inputs.map((i) => [i.criterionCode, i]));
  const required = new Set(requiredCodes(args.criteria));
  const name = (id: string | null) => (id ? (args.names.get(id) ?? null) : null);
  return flattenCriteria(args.criteria).map(({ criterion, depth, parentCode }) => {
    const row = byCode.get(criterion.code);
    // A value the pact no longer accepts is flagged, and shows no points rather than a silent 0.
    const flag = args.invalid.find((i) => i.criterion === criterion.code);
    const invalid = flag?.message ?? null;
    const isGroup = criterion.method === undefined;
    return {
      code: criterion.code,
      title: criterion.title,
      depth,
      parentCode,
      isGroup,
      method: criterion.method ?? null,
      max: criterion.max ?? null,
      required: required.has(criterion.code),
      self: { value: (row?.selfValue ?? null) as Value, note: row?.selfNote ?? null },
      reviewed: {
        value: (row?.reviewedValue ?? null) as Value,
        comment: row?.reviewComment ?? null,
        reviewer: name(row?.reviewerId ?? null),
      },
      explanation: row?.explanation ?? null,
      final: (row?.finalValue ?? null) as Value,
      scores: {
        self: invalid ? null : (args.self?.scores[criterion.code] ?? null),
        final: invalid ? null : (args.final?.scores[criterion.code] ?? null),
        reviewed: invalid ? null : (args.review?.scores[criterion.code] ?? null),
      },
      invalid,
      invalidEn: flag?.messageEn ?? null,
      version: row?.version ?? 0,
      updatedBy: name(row?.updatedBy ?? null),
      evidence: args.evidence
        .filter((e) => e.entityId.slice(e.entityId.indexOf(":") + 1) === criterion.code)
        .map(
          (e): EvidenceFile => ({
            id: e.id,
            criterionCode: criterion.code,
            name: cleanFileName(e.name),
            size: Number(e.size),
            mime: e.mime,
            uploadedBy: e.uploaderName,
            uploadedAt: e.uploadedAt.toISOString(),
            canDelete: args.canDeleteEvidence(e.uploaderId),
          }),
        ),
    };
  });
}

export const totalsOf = (r: UnitResult | undefined) =>
  r ? { total: r.total, base: r.base, bonus: r.bonus, penalty: r.penalty } : null;
