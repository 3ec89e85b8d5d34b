import { finalizeBody } from "../../contracts/assessments";
import type { ScoreInput } from "../../contracts/cluster-year";
import { parseInput, validationError } from "../../contracts/parse";
import type { Db } from "../../db/types";
import { conflict } from "../../server/errors";
import { recordAudit } from "../audit/record-audit";
import type { Actor } from "../auth/actor";
import { checkValue } from "./check-value";
import { describeValue, flattenCriteria, isScored } from "./criteria";
import { actorId, loadAssessmentContext, writable } from "./load-context";
import { moveAssessment } from "./move";
import { assertCan } from "./policy";
import { inputsOf } from "./repo";
import { assertSeen } from "./stale-assessment";
import { writeInputIfVersion } from "./write-input-repo";

/**
 * Agrees the final score (head or council): per criterion, the finalizer's explicit override, else the
 * reviewed value where the reviewer set one, else the self value. Never the larger of the two: a
 * reviewer who lowered 9 to 7 leaves 7. Self and reviewed values stay as they were, beside the final.
 */
export async function finalizeAssessment(args: {
  db: Db;
  actor: Actor;
  clusterId: string;
  unitId: string;
  input?: unknown;
}) {
  const input = parseInput(finalizeBody, args.input ?? {});
  return args.db.transaction(async (tx) => {
    const ctx = await loadAssessmentContext(tx, args.actor, args.clusterId, args.unitId, "update");
    assertCan(ctx.rel, ctx.status, "finalize");
    await assertSeen(tx, writable(ctx), input.version, "chốt điểm");
    const overrides = new Map<string, { value: ScoreInput; reason: string }>();
    input.overrides.forEach((o, i) => {
      const at = `overrides[${i}]`;
      if (overrides.has(o.criterionCode)) {
        throw validationError([
          { path: `${at}.criterionCode`, message: `Tiêu chí ${o.criterionCode} bị lặp` },
        ]);
      }
      const { value } = checkValue(ctx.scoring, ctx.unit.code, o.criterionCode, o.value, {
        code: `${at}.criterionCode`,
        value: `${at}.value`,
      });
      overrides.set(o.criterionCode, { value, reason: o.reason });
    });
    const assessment = writable(ctx);
    const rows = new Map((await inputsOf(tx, [assessment.id])).map((r) => [r.criterionCode, r]));
    const finalValues: Record<string, unknown> = {};
    for (const { criterion } of flattenCriteria(ctx.scoring.criteria)) {
      if (!isScored(criterion)) continue;
      const row = rows.get(criterion.code);
      const final = overrides.get(criterion.code)?.value ?? row?.reviewedValue ?? row?.selfValue ?? null;
      if (final === null && !row) continue;
      finalValues[criterion.code] = final;
      const key = {
        councilId: ctx.cluster.councilId,
        assessmentId: assessment.id,
        criterionCode: criterion.code,
      };
      const saved = await writeInputIfVersion(
        tx,
        key,
        row?.version ?? 0,
        { finalValue: final },
        actorId(args.actor),
      );
      if (!saved) throw conflict(`Tiêu chí ${criterion.code} vừa thay đổi. Hãy tải lại rồi chốt điểm lại.`);
    }
    for (const [code, o] of overrides) {
      await recordAudit(tx, args.actor, {
        councilId: ctx.cluster.councilId,
        action: "update",
        entity: "assessment_input",
        entityId: `${assessment.id}:${code}`,
        before: {
          stage: "final",
          unitCode: ctx.unit.code,
          finalValue: rows.get(code)?.reviewedValue ?? rows.get(code)?.selfValue ?? null,
        },
        after: { stage: "final", unitCode: ctx.unit.code, finalValue: o.value, reason: o.reason },
      });
    }
    const adjusted = [...overrides].map(([code, o]) => `${code}: ${describeValue(o.value)} (${o.reason})`);
    const note = [input.note, adjusted.length > 0 ? `Điều chỉnh khi chốt — ${adjusted.join("; ")}` : null]
      .filter(Boolean)
      .join(". ");
    return moveAssessment(tx, args.actor, ctx, "finalize", note || null, { finalValues });
  });
}
