import type { Context } from "hono";
import type { AppEnv } from "../../server/context";
import { requireActor } from "../../server/context";
import { matchesEtag } from "../../server/etag";
import { fileHeaders } from "../../server/file-response";
import { newRouter } from "../../server/router";
import type { Actor } from "../auth/actor";
import { readUpload } from "../files/upload";
import { assessmentBody } from "./assessment-body";
import { assignCrossScoring } from "./assign-cross-scoring";
import { attachEvidence, mayAttachEvidence } from "./attach-evidence";
import { completeReview } from "./complete-review";
import { correctPublished } from "./correct-published";
import { deleteEvidence } from "./delete-evidence";
import { downloadEvidence } from "./download-evidence";
import { explain } from "./explain";
import { finalizeAssessment } from "./finalize-assessment";
import { listAssessments } from "./list-assessments";
import { listCrossScoring } from "./list-cross-scoring";
import { requestExplanation } from "./request-explanation";
import {
  assignCrossRoute,
  attachEvidenceRoute,
  completeReviewRoute,
  correctionRoute,
  deleteEvidenceRoute,
  downloadEvidenceRoute,
  evidenceFields,
  explainRoute,
  finalizeRoute,
  getRoute,
  listCrossRoute,
  listRoute,
  requestExplanationRoute,
  reviewInputRoute,
  selfInputRoute,
  submitRoute,
  unassignCrossRoute,
} from "./route-defs";
import { saveReviewInput } from "./save-review-input";
import { saveSelfInput } from "./save-self-input";
import { submitAssessment } from "./submit-assessment";

type UnitWrite<T> = (args: {
  db: AppEnv["Variables"]["db"];
  actor: Actor;
  clusterId: string;
  unitId: string;
  input: unknown;
}) => Promise<T>;

/** Runs one use case on the unit named in the path, with the signed-in actor and the validated body. */
async function onUnit<T>(
  c: Context<AppEnv>,
  params: { id: string; unitId: string },
  input: unknown,
  run: UnitWrite<T>,
) {
  return run({ db: c.get("db"), actor: requireActor(c), clusterId: params.id, unitId: params.unitId, input });
}

export const assessmentRoutes = newRouter()
  .openapi(listRoute, async (c) => {
    const actor = requireActor(c);
    const data = await listAssessments({ db: c.get("db"), actor, clusterId: c.req.valid("param").id });
    return c.json({ data }, 200);
  })
  .openapi(getRoute, async (c) => {
    const { id, unitId } = c.req.valid("param");
    const { bytes, etag } = await assessmentBody({
      db: c.get("db"),
      actor: requireActor(c),
      clusterId: id,
      unitId,
      signal: c.req.raw.signal,
    });
    // The bytes built for this data version and this kind of reader; a browser that has them gets a 304.
    const cache = { etag, "cache-control": "private, no-cache" };
    if (matchesEtag(c.req.header("if-none-match"), etag)) return c.body(null, 304, cache);
    return c.body(bytes, 200, { ...cache, "content-type": "application/json" });
  })
  .openapi(selfInputRoute, async (c) =>
    c.json({ data: await onUnit(c, c.req.valid("param"), c.req.valid("json"), saveSelfInput) }, 200),
  )
  .openapi(reviewInputRoute, async (c) =>
    c.json({ data: await onUnit(c, c.req.valid("param"), c.req.valid("json"), saveReviewInput) }, 200),
  )
  .openapi(explainRoute, async (c) =>
    c.json({ data: await onUnit(c, c.req.valid("param"), c.req.valid("json"), explain) }, 200),
  )
  .openapi(submitRoute, async (c) =>
    c.json({ data: await onUnit(c, c.req.valid("param"), c.req.valid("json"), submitAssessment) }, 200),
  )
  .openapi(completeReviewRoute, async (c) =>
    c.json({ data: await onUnit(c, c.req.valid("param"), c.req.valid("json"), completeReview) }, 200),
  )
  .openapi(requestExplanationRoute, async (c) =>
    c.json({ data: await onUnit(c, c.req.valid("param"), c.req.valid("json"), requestExplanation) }, 200),
  )
  .openapi(finalizeRoute, async (c) =>
    c.json({ data: await onUnit(c, c.req.valid("param"), c.req.valid("json"), finalizeAssessment) }, 200),
  )
  .openapi(correctionRoute, async (c) =>
    c.json({ data: await onUnit(c, c.req.valid("param"), c.req.valid("json"), correctPublished) }, 200),
  )
  .openapi(attachEvidenceRoute, async (c) => {
    const { id, unitId } = c.req.valid("param");
    const actor = requireActor(c);
    await mayAttachEvidence({ db: c.get("db"), actor, clusterId: id, unitId });
    const { fields, file } = await readUpload(c.req.raw, c.get("db"), {
      fields: evidenceFields,
      missingFile: "Cần chọn tệp minh chứng (PDF, ảnh, Word hoặc Excel)",
    });
    const stored = await attachEvidence({
      db: c.get("db"),
      actor,
      clusterId: id,
      unitId,
      criterionCode: fields.criterionCode,
      file,
    });
    return c.json({ data: stored }, 200);
  })
  .openapi(downloadEvidenceRoute, async (c) => {
    const { id, unitId, fileId } = c.req.valid("param");
    const file = await downloadEvidence({
      db: c.get("db"),
      actor: requireActor(c),
      clusterId: id,
      unitId,
      fileId,
    });
    return c.body(file.stream(), 200, fileHeaders(file));
  })
  .openapi(deleteEvidenceRoute, async (c) => {
    const { id, unitId, fileId } = c.req.valid("param");
    const data = await deleteEvidence({
      db: c.get("db"),
      actor: requireActor(c),
      clusterId: id,
      unitId,
      fileId,
    });
    return c.json({ data }, 200);
  })
  .openapi(listCrossRoute, async (c) => {
    const data = await listCrossScoring({
      db: c.get("db"),
      actor: requireActor(c),
      clusterId: c.req.valid("param").id,
    });
    return c.json({ data }, 200);
  })
  .openapi(assignCrossRoute, async (c) => {
    const actor = requireActor(c);
    const input = c.req.valid("json");
    const data = await assignCrossScoring({
      db: c.get("db"),
      actor,
      clusterId: c.req.valid("param").id,
      input,
    });
    return c.json(
      { data: { reviewerUnitId: data.reviewerUnitId, reviewedUnitId: data.reviewedUnitId } },
      200,
    );
  })
  .openapi(unassignCrossRoute, async (c) => {
    const { id, reviewerUnitId, reviewedUnitId } = c.req.valid("param");
    const data = await assignCrossScoring({
      db: c.get("db"),
      actor: requireActor(c),
      clusterId: id,
      input: { reviewerUnitId, reviewedUnitId },
      remove: true,
    });
    return c.json(
      { data: { reviewerUnitId: data.reviewerUnitId, reviewedUnitId: data.reviewedUnitId } },
      200,
    );
  });
