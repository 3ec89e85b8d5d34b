import type { AssessmentDetail } from "../../contracts/assessments";
import type { Db } from "../../db/types";
import { notFound } from "../../server/errors";
import type { Actor } from "../auth/actor";
import type { MemberRow } from "../clusters/repo";
import { rankingContext } from "../rankings/load-ranking";
import { evidenceDeletable } from "./evidence-rules";
import { actorId } from "./load-context";
import { assessmentPageData } from "./page-data";
import { canRead, capabilities, relationTo } from "./policy";
import { presentCriteria, totalsOf } from "./present-assessment";
import type { AssessmentStatus } from "./scores-of-cluster";
import { scoresForUnits, type UnitScores } from "./stage-scores";
import { statusLabel } from "./workflow";

/**
 * One unit's assessment as the assessment page shows it: per criterion the self, reviewed and final
 * values side by side with their scores (the whole cluster scored together), evidence, the timeline,
 * corrections and what the actor may do next. 404 for another unit's draft. One statement per request
 * (the cluster's data version, none on the embedded database between writes); the rows and scores come
 * from the cluster's cache entry for that version.
 */
export async function getAssessment(args: {
  db: Db;
  actor: Actor;
  clusterId: string;
  unitId: string;
  signal?: AbortSignal;
}): Promise<AssessmentDetail> {
  return presentAssessment(await readableAssessment(args));
}

/** What the page is built from, once the actor is known to may read it (404 otherwise). */
export type ReadableAssessment = Awaited<ReturnType<typeof readableAssessment>>;

export async function readableAssessment(args: {
  db: Db;
  actor: Actor;
  clusterId: string;
  unitId: string;
  signal?: AbortSignal;
}) {
  const ctx = await rankingContext(args.db, args.actor, args.clusterId);
  const unit = ctx.members.find((m) => m.unitId === args.unitId);
  if (!unit) throw notFound("Đơn vị trong cụm");
  if (!ctx.hasPact) throw notFound("Giao ước thi đua của cụm");
  const assessment = (ctx.meta.assessments ?? []).find((a) => a.unitId === unit.unitId);
  const status: AssessmentStatus = assessment?.status ?? "draft";
  const cluster = ctx.meta.cluster;
  const memberRows: MemberRow[] = ctx.members.map((m) => ({
    councilId: cluster.councilId,
    clusterId: cluster.id,
    unitId: m.unitId,
    role: m.role,
  }));
  args.signal?.throwIfAborted();
  const page = await assessmentPageData(ctx);
  const rel = relationTo(
    args.actor,
    cluster,
    memberRows,
    unit.unitId,
    page.reviewersOf.get(unit.unitId) ?? [],
  );
  if (!canRead(rel, status)) throw notFound("Bản chấm điểm");
  return { ...args, ctx, unit, assessment, status, page, rel };
}

/** The unit's self, review and final results as the page shows them (from the cluster's shared views). */
export async function unitScoresOf(read: ReadableAssessment): Promise<UnitScores> {
  const { ctx, unit, status } = read;
  const scored = await scoresForUnits(
    read.db,
    read.actor,
    read.clusterId,
    [{ unitId: unit.unitId, code: unit.code, status }],
    ctx,
  );
  return scored.get(unit.unitId) ?? { self: undefined, final: undefined, review: undefined, invalid: [] };
}

/** The page as the actor sees it (pure given its input: the cached data version and the actor's relation). */
export async function presentAssessment(
  read: ReadableAssessment,
  scores?: UnitScores,
): Promise<AssessmentDetail> {
  const { ctx, unit, assessment, status, page, rel } = read;
  const cluster = ctx.meta.cluster;
  const id = assessment?.id ?? null;
  const inputs = id ? (page.inputs.get(id) ?? []) : [];
  const corrections = id ? (page.corrections.get(id) ?? []) : [];
  const { self, final, review, invalid } = scores ?? (await unitScoresOf(read));
  const can = capabilities(rel, status);
  const me = actorId(read.actor);
  const filled = new Set(inputs.filter((i) => i.selfValue !== null).map((i) => i.criterionCode));
  return {
    id,
    clusterId: cluster.id,
    unitId: unit.unitId,
    unitCode: unit.code,
    unitName: unit.name,
    status,
    statusLabel: statusLabel(status),
    version: assessment?.version ?? 0,
    maxPoints: page.maxPoints,
    criteria: presentCriteria({
      criteria: page.criteria,
      inputs,
      names: page.names,
      evidence: id ? (page.evidence.get(id) ?? []) : [],
      self,
      final,
      review,
      invalid,
      canDeleteEvidence: (uploader) =>
        can.attachEvidence && evidenceDeletable(status) && (rel.admin || (me !== null && uploader === me)),
    }),
    totals: { self: totalsOf(self), final: totalsOf(final), review: totalsOf(review) },
    missing: page.required.filter((c) => !filled.has(c)),
    timeline: (id ? (page.events.get(id) ?? []) : []).map((e) => ({
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
      actor: c.actorId ? (page.names.get(c.actorId) ?? null) : null,
      at: c.at.toISOString(),
    })),
    can,
  };
}
