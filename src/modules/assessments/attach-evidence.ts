import { validationError } from "../../contracts/parse";
import type { Db } from "../../db/types";
import type { Actor } from "../auth/actor";
import { storeFile } from "../files/store-file";
import { findCriterion } from "./criteria";
import { loadAssessmentContext, writable } from "./load-context";
import { assertCan } from "./policy";

export const EVIDENCE = "evidence";
export const evidenceEntityId = (assessmentId: string, criterionCode: string) =>
  `${assessmentId}:${criterionCode}`;

/**
 * Attaches an evidence file (minh chứng) to one criterion of the unit's assessment, while the unit is
 * writing its scores or answering a reviewer. The file is checked by its content (PDF, image, Word,
 * Excel), size-limited, and stored once by SHA-256.
 */
export async function attachEvidence(args: {
  db: Db;
  actor: Actor;
  clusterId: string;
  unitId: string;
  criterionCode: string;
  name: string;
  bytes: Uint8Array;
}) {
  return args.db.transaction(async (tx) => {
    const ctx = await loadAssessmentContext(tx, args.actor, args.clusterId, args.unitId, "share");
    assertCan(ctx.rel, ctx.status, "attachEvidence");
    if (!findCriterion(ctx.scoring.criteria, args.criterionCode)) {
      throw validationError([
        {
          path: "criterionCode",
          message: `Không có tiêu chí "${args.criterionCode}" trong giao ước của cụm`,
        },
      ]);
    }
    const stored = await storeFile(tx, args.actor, {
      councilId: ctx.cluster.councilId,
      entity: EVIDENCE,
      entityId: evidenceEntityId(writable(ctx).id, args.criterionCode),
      name: args.name,
      bytes: args.bytes,
    });
    return { ...stored, criterionCode: args.criterionCode };
  });
}
