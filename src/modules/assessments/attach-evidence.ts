import { validationError } from "../../contracts/parse";
import type { Db, Tx } from "../../db/types";
import type { UploadedFile } from "../../server/multipart";
import type { Actor } from "../auth/actor";
import { withBlob } from "../files/put-blob";
import { storeFile } from "../files/store-file";
import { assertWithinQuota } from "../files/unit-quota";
import { findCriterion } from "./criteria";
import { loadAssessmentContext, writable } from "./load-context";
import { assertCan } from "./policy";

export const EVIDENCE = "evidence";
export const evidenceEntityId = (assessmentId: string, criterionCode: string) =>
  `${assessmentId}:${criterionCode}`;

type Where = { db: Db; actor: Actor; clusterId: string; unitId: string };
type Args = Where & { criterionCode: string };

/** Who may attach, while the unit has room: checked before the body is read, and again with the file. */
async function checkUnit(tx: Tx, args: Where, size: number) {
  const ctx = await loadAssessmentContext(tx, args.actor, args.clusterId, args.unitId, "share");
  assertCan(ctx.rel, ctx.status, "attachEvidence");
  await assertWithinQuota(tx, ctx.unit.unitId, size);
  return ctx;
}

/** Before reading an upload's body: 404/403/409, or 413 when the unit's quota is already used up. */
export async function mayAttachEvidence(args: Where): Promise<void> {
  await args.db.transaction((tx) => checkUnit(tx, args, 0));
}

/** With the file: the criterion, and the quota with the file's size. */
async function checkAttach(tx: Tx, args: Args, size: number) {
  const ctx = await checkUnit(tx, args, size);
  if (!findCriterion(ctx.scoring.criteria, args.criterionCode)) {
    throw validationError([
      { path: "criterionCode", message: `Không có tiêu chí "${args.criterionCode}" trong giao ước của cụm` },
    ]);
  }
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
