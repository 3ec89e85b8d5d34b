import { asc, eq, inArray, sql } from "drizzle-orm";
import { canonicalJson } from "../../core/text/canonical-json";
import { assessmentInputs, assessments, auditLog, clusters, organizations } from "../../db/schema";
import type { DbOrTx } from "../../db/types";

type AuditRow = { entity: string; action: string; entity_id: string; after: unknown };
type LiveRow = {
  assessment_id: string;
  cluster: string;
  unit: string;
  criterion_code: string | null;
  final_value: unknown;
};

const asRecord = (v: unknown): Record<string, unknown> | null =>
  v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : null;

/** Each assessment's final values as the audit log says they were last set, replayed in chain order. */
async function finalValuesFromLog(db: DbOrTx): Promise<Map<string, Map<string, unknown>>> {
  const rows: AuditRow[] = await db
    .select({
      entity: auditLog.entity,
      action: auditLog.action,
      entity_id: auditLog.entityId,
      after: auditLog.after,
    })
    .from(auditLog)
    .where(inArray(auditLog.entity, ["assessment", "assessment_input"]))
    .orderBy(asc(auditLog.councilId), asc(auditLog.seq));
  const finals = new Map<string, Map<string, unknown>>();
  const set = (assessmentId: string, code: string, value: unknown) => {
    if (!finals.has(assessmentId)) finals.set(assessmentId, new Map());
    finals.get(assessmentId)!.set(code, value ?? null);
  };
  for (const r of rows) {
    const after = asRecord(r.after);
    if (!after) continue;
    if (r.entity === "assessment") {
      // finalize records every final value it wrote; an import records every input it published.
      const values = asRecord(r.action === "import" ? after.inputs : after.finalValues);
      if (r.action === "import" || r.action === "finalize")
        for (const [code, v] of Object.entries(values ?? {})) set(r.entity_id, code, v);
    } else if ("finalValue" in after) {
      const at = r.entity_id.lastIndexOf(":");
      set(r.entity_id.slice(0, at), r.entity_id.slice(at + 1), after.finalValue);
    }
  }
  return finals;
}

/**
 * Names every final value of a published assessment that the audit log does not explain: a score
 * table edited directly in the database. (Published results are also being stored as issued records on
 * another branch; after that merge, those records must be reconciled here too.)
 */
export async function reconcilePublishedScores(db: DbOrTx): Promise<string[]> {
  const expected = await finalValuesFromLog(db);
  const live: LiveRow[] = await db
    .select({
      assessment_id: assessments.id,
      cluster: sql<string>`${clusters.code} || ' ' || ${clusters.year}`,
      unit: organizations.code,
      criterion_code: assessmentInputs.criterionCode,
      final_value: assessmentInputs.finalValue,
    })
    .from(assessments)
    .innerJoin(clusters, eq(clusters.id, assessments.clusterId))
    .innerJoin(organizations, eq(organizations.id, assessments.unitId))
    .leftJoin(assessmentInputs, eq(assessmentInputs.assessmentId, assessments.id))
    .where(eq(assessments.status, "published"))
    .orderBy(asc(clusters.code), asc(organizations.code), asc(assessmentInputs.criterionCode));
  const problems: string[] = [];
  const seen = new Map<string, Set<string>>();
  const show = (v: unknown) => (v === undefined ? "(không có)" : canonicalJson(v ?? null));
  for (const r of live) {
    const where = `Cụm ${r.cluster}, đơn vị ${r.unit}`;
    const logged = expected.get(r.assessment_id);
    if (!seen.has(r.assessment_id)) seen.set(r.assessment_id, new Set());
    if (r.criterion_code === null) continue;
    seen.get(r.assessment_id)!.add(r.criterion_code);
    const want = logged?.get(r.criterion_code);
    const have = r.final_value ?? null;
    if (want === undefined && have === null) continue;
    if (show(want) !== show(have)) {
      problems.push(
        `${where}, tiêu chí ${r.criterion_code}: bảng điểm có ${show(have)}, nhật ký ghi ${show(want)} — sửa trực tiếp trong cơ sở dữ liệu.`,
      );
    }
  }
  for (const [assessmentId, codes] of seen) {
    for (const [code, value] of expected.get(assessmentId) ?? []) {
      if (!codes.has(code) && value !== null) {
        const r = live.find((x) => x.assessment_id === assessmentId)!;
        problems.push(
          `Cụm ${r.cluster}, đơn vị ${r.unit}, tiêu chí ${code}: nhật ký ghi ${show(value)} nhưng bảng điểm không còn dòng này.`,
        );
      }
    }
  }
  return problems;
}
