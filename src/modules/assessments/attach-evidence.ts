import { validationError } from "../../contracts/parse";
import type { Db, Tx } from "../../db/types";
import type { UploadedFile } from "../../server/multipart";
import type { Actor } from "../auth/actor";
import { withBlob } from "../files/put-blob";
import { storeFile } from "../files/store-file";
import { findCriterion } from "./criteria";
import { assertWithinQuota } from "./evidence-quota";
import { loadAssessmentContext, writable } from "./load-context";
import { assertCan } from "./policy";

export const EVIDENCE = "evidence";
export const evidenceEntityId = (assessmentId: string, criterionCode: string) =>
  `${assessmentId}:${criterionCode}`;

type Args = { db: Db; actor: Actor; clusterId: string; unitId: string; criterionCode: string };

/** Who may attach, to which criterion, within the unit's quota: checked before and again after the bytes move. */
async function checkAttach(tx: Tx, args: Args, size: number) {
  const ctx = await loadAssessmentContext(tx, args.actor, args.clusterId, args.unitId, "share");
  assertCan(ctx.rel, ctx.status, "attachEvidence");
  if (!findCriterion(ctx.scoring.criteria, args.criterionCode)) {
    throw validationError([
      { path: "criterionCode", message: `Không có tiêu chí "${args.criterionCode}" trong giao ước của cụm` },
    ]);
  }
  await assertWithinQuota(tx, ctx.unit.unitId, size);
  return ctx;
}

/**
 * Attaches an evidence file (minh chứng) to one criterion of the unit's assessment, while the unit is
 * writing its scores or answering a reviewer. The file is checked by its content (PDF, image, Word,
 * Excel), size-limited, counted against the unit's quota, and stored once by SHA-256 — outside any
 * transaction, so nobody waits on the council's audit head while the bytes move; a short transaction
 * then adds the file row and its audit row. Bytes that end up attached to nothing are deleted.
 */
export async function attachEvidence(args: Args & { file: UploadedFile }) {
  await args.db.transaction((tx) => checkAttach(tx, args, args.file.size));
  return withBlob(args.db, args.file, async (tx) => {
    const ctx = await checkAttach(tx, args, args.file.size);
    const stored = await storeFile(tx, args.actor, {
      councilId: ctx.cluster.councilId,
      entity: EVIDENCE,
      entityId: evidenceEntityId(writable(ctx).id, args.criterionCode),
      file: args.file,
    });
    return { ...stored, criterionCode: args.criterionCode };
  });
}
