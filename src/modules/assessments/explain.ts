import { explainBody } from "../../contracts/assessments";
import { parseInput, validationError } from "../../contracts/parse";
import type { Db } from "../../db/types";
import type { Actor } from "../auth/actor";
import { findCriterion } from "./criteria";
import { loadAssessmentContext, writable } from "./load-context";
import { assertCan } from "./policy";
import { findInput } from "./repo";
import { saveInput } from "./save-input";

/** The unit answers a reviewer's change to one criterion (giải trình), while an explanation is asked for. */
export async function explain(args: {
  db: Db;
  actor: Actor;
  clusterId: string;
  unitId: string;
  input: unknown;
}) {
  const input = parseInput(explainBody, args.input);
  return args.db.transaction(async (tx) => {
    const ctx = await loadAssessmentContext(tx, args.actor, args.clusterId, args.unitId, "update");
    assertCan(ctx.rel, ctx.status, "explain");
    if (!findCriterion(ctx.scoring.criteria, input.criterionCode)) {
      throw validationError([
        {
          path: "criterionCode",
          message: `Không có tiêu chí "${input.criterionCode}" trong giao ước của cụm`,
        },
      ]);
    }
    const current = await findInput(tx, writable(ctx).id, input.criterionCode);
    if (current?.reviewedValue === null || current?.reviewedValue === undefined) {
      throw validationError([
        {
          path: "criterionCode",
          message: `Tiêu chí ${input.criterionCode} chưa có điểm thẩm định: không có gì để giải trình`,
        },
      ]);
    }
    const saved = await saveInput(tx, args.actor, ctx, {
      criterionCode: input.criterionCode,
      version: input.version,
      stage: "explanation",
      values: { explanation: input.explanation },
    });
    return { criterionCode: saved.criterionCode, version: saved.version, explanation: saved.explanation };
  });
}
