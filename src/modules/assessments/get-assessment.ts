import type { AssessmentDetail } from "../../contracts/assessments";
import { maxPoints } from "../../core/scoring";
import type { Db } from "../../db/types";
import type { Actor } from "../auth/actor";
import { evidenceEntityId } from "./attach-evidence";
import { flattenCriteria, requiredCodes } from "./criteria";
import { evidenceDeletable } from "./evidence-rules";
import { actorId, loadAssessmentContext } from "./load-context";
import { capabilities } from "./policy";
import { presentCriteria, totalsOf } from "./present-assessment";
import { correctionsOf, eventsOf, evidenceOf, inputsOf, userNames } from "./repo";
import type { AssessmentStatus } from "./scores-of-cluster";
import { scoresForUnits } from "./stage-scores";
import { statusLabel } from "./workflow";

/**
 * One unit's assessment as the assessment page shows it: per criterion the self, reviewed and final
 * values side by side with their scores (the whole cluster scored together), evidence, the timeline,
 * corrections and what the actor may do next. 404 for another unit's draft.
 */
export async function getAssessment(args: {
  db: Db;
  actor: Actor;
  clusterId: string;
  unitId: string;
}): Promise<AssessmentDetail> {
  const ctx = await loadAssessmentContext(args.db, args.actor, args.clusterId, args.unitId);
  const { scoring, unit, assessment, status, rel } = ctx;
  const id = assessment?.id ?? null;
  const inputs = id ? await inputsOf(args.db, [id]) : [];
  const codes = flattenCriteria(scoring.criteria).map((f) => f.criterion.code);
  const evidence = id
    ? await evidenceOf(
        args.db,
        codes.map((c) => evidenceEntityId(id, c)),
      )
    : [];
  const events = id ? await eventsOf(args.db, id) : [];
  const corrections = id ? await correctionsOf(args.db, id) : [];
  const names = await userNames(args.db, [
    ...inputs.flatMap((i) => [i.reviewerId, i.updatedBy]),
    ...corrections.map((c) => c.actorId),
  ]);
  const scored = await scoresForUnits(args.db, args.actor, args.clusterId, [
    { unitId: unit.unitId, code: unit.code, status },
  ]);
  const { self, final, invalid } = scored.get(unit.unitId) ?? {
    self: undefined,
    final: undefined,
    invalid: [],
  };
  const can = capabilities(rel, status);
  const me = actorId(args.actor);
  const filled = new Set(inputs.filter((i) => i.selfValue !== null).map((i) => i.criterionCode));
  return {
    id,
    clusterId: ctx.cluster.id,
    unitId: unit.unitId,
    unitCode: unit.code,
    unitName: unit.name,
    status,
    statusLabel: statusLabel(status),
    version: assessment?.version ?? 0,
    maxPoints: maxPoints(scoring.criteria),
    criteria: presentCriteria({
      criteria: scoring.criteria,
      inputs,
      names,
      evidence,
      self,
      final,
      invalid,
      canDeleteEvidence: (uploader) =>
        can.attachEvidence && evidenceDeletable(status) && (rel.admin || (me !== null && uploader === me)),
    }),
    totals: { self: totalsOf(self), final: totalsOf(final) },
    missing: requiredCodes(scoring.criteria).filter((c) => !filled.has(c)),
    timeline: events.map((e) => ({
      from: e.fromStatus as AssessmentStatus | null,
      to: e.toStatus as AssessmentStatus,
      note: e.note,
      actor: e.actorName,
      at: e.at.toISOString(),
    })),
    corrections: corrections.map((c) => ({
      criterionCode: c.criterionCode,
      before: c.before as Record<string, unknown> | null,
      after: c.after as Record<string, unknown> | null,
      reason: c.reason,
      actor: c.actorId ? (names.get(c.actorId) ?? null) : null,
      at: c.at.toISOString(),
    })),
    can,
  };
}
