import type { Db } from "../../db/types";
import { forbidden, notFound } from "../../server/errors";
import { recordAudit } from "../audit/record-audit";
import type { Actor } from "../auth/actor";
import { deleteOrphanBlobs } from "../files/put-blob";
import { EVIDENCE } from "./attach-evidence";
import { actorId, loadAssessmentContext, writable } from "./load-context";
import { assertCan } from "./policy";
import { deleteEvidenceFile, findEvidenceFile } from "./repo";

/** Removes an evidence file its uploader (or the council) attached, while the assessment is still open to evidence. */
export async function deleteEvidence(args: {
  db: Db;
  actor: Actor;
  clusterId: string;
  unitId: string;
  fileId: string;
}) {
  return args.db.transaction(async (tx) => {
    const ctx = await loadAssessmentContext(tx, args.actor, args.clusterId, args.unitId, "share");
    const file = await findEvidenceFile(tx, args.fileId);
    if (!file?.entityId.startsWith(`${writable(ctx).id}:`)) throw notFound("Tệp minh chứng");
    assertCan(ctx.rel, ctx.status, "attachEvidence");
    if (!ctx.rel.admin && file.uploadedBy !== actorId(args.actor)) throw forbidden();
    await deleteEvidenceFile(tx, file.id);
    // The bytes go with their last file; the same bytes attached elsewhere stay.
    await deleteOrphanBlobs(tx, [file.sha256]);
    await recordAudit(tx, args.actor, {
      councilId: ctx.cluster.councilId,
      action: "detach",
      entity: EVIDENCE,
      entityId: file.entityId,
      before: { fileId: file.id, name: file.name, sha256: file.sha256 },
    });
    return { id: file.id };
  });
}
