import { saveSelfInputBody } from "../../contracts/assessments";
import { loadForSave, type SaveArgs } from "./load-for-save";
import { saveInput } from "./save-input";

/** The unit's own score for one criterion, with a note, while its assessment is a draft. */
export function saveSelfInput(args: SaveArgs) {
  return loadForSave(args, saveSelfInputBody, "editSelf", async (tx, ctx, input, value) => {
    const saved = await saveInput(tx, args.actor, ctx, {
      criterionCode: input.criterionCode,
      version: input.version,
      stage: "self",
      values: { selfValue: value, selfNote: input.note },
    });
    return { criterionCode: saved.criterionCode, version: saved.version, value: saved.selfValue as object };
  });
}
