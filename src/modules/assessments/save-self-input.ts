import { saveSelfInputBody } from "../../contracts/assessments";
import { parseInput } from "../../contracts/parse";
import type { Db } from "../../db/types";
import type { Actor } from "../auth/actor";
import { checkValue } from "./check-value";
import { loadAssessmentContext } from "./load-context";
import { assertCan } from "./policy";
import { saveInput } from "./save-input";

/** The unit's own score for one criterion, with a note, while its assessment is a draft. */
export async function saveSelfInput(args: {
  db: Db;
  actor: Actor;
  clusterId: string;
  unitId: string;
  input: unknown;
}) {
  const input = parseInput(saveSelfInputBody, args.input);
  return args.db.transaction(async (tx) => {
    const ctx = await loadAssessmentContext(
      tx,
      args.actor,
      args.clusterId,
      args.unitId,
      "update",
      input.criterionCode,
    );
    assertCan(ctx.rel, ctx.status, "editSelf");
    const { value } = checkValue(ctx.scoring, ctx.unit.code, input.criterionCode, input.value);
    const saved = await saveInput(tx, args.actor, ctx, {
      criterionCode: input.criterionCode,
      version: input.version,
      stage: "self",
      values: { selfValue: value, selfNote: input.note },
    });
    return { criterionCode: saved.criterionCode, version: saved.version, value: saved.selfValue as object };
  });
}
