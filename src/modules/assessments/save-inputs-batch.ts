import { saveInputsBatchBody } from "../../contracts/batch-inputs";
import { parseInput } from "../../contracts/parse";
import { canonicalJson } from "../../core/text/canonical-json";
import type { Db } from "../../db/types";
import { AppError } from "../../server/errors";
import type { Actor } from "../auth/actor";
import { lockInputs } from "./batch-repo";
import { checkValue } from "./check-value";
import { describeValue } from "./criteria";
import { actorId, loadAssessmentContext, writable } from "./load-context";
import { assertCan } from "./policy";
import type { InputValues } from "./repo";
import { saveInput, staleMessage } from "./save-input";

type Issue = { path: string; message: string };

/**
 * One save for a unit's whole form at one stage (self or review), all or nothing in one transaction.
 * Each criterion keeps its own version check: one saved by someone else since the form was opened refuses
 * the whole save with 409, naming that person's value. Values are checked as the single-criterion saves
 * check them; a review that differs from the self value needs a comment. Rows are locked in key order
 * before the first audit write.
 */
export async function saveInputsBatch(args: {
  db: Db;
  actor: Actor;
  clusterId: string;
  unitId: string;
  input: unknown;
}): Promise<{ saved: { criterionCode: string; version: number }[] }> {
  const { stage, items } = parseInput(saveInputsBatchBody, args.input);
  return args.db.transaction(async (tx) => {
    // "update", not "share": the save bumps the assessment's version, and two holders of a share lock
    // would each wait for the other to let go of it (PostgreSQL reports a deadlock, the user a 500).
    const ctx = await loadAssessmentContext(tx, args.actor, args.clusterId, args.unitId, "update");
    assertCan(ctx.rel, ctx.status, stage === "self" ? "editSelf" : "review");
    const assessmentId = writable(ctx).id;
    const codes = [...new Set(items.map((i) => i.criterionCode))].sort();
    const stored = new Map((await lockInputs(tx, assessmentId, codes)).map((r) => [r.criterionCode, r]));
    const invalid: Issue[] = [];
    const stale: Issue[] = [];
    const pending: { code: string; version: number; values: InputValues }[] = [];
    for (const [i, item] of items.entries()) {
      let value: object;
      try {
        value = checkValue(ctx.scoring, ctx.unit.code, item.criterionCode, item.value, {
          code: `items[${i}].criterionCode`,
          value: `items[${i}].value`,
        }).value;
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        invalid.push(...(error.issues ?? [{ path: `items[${i}].value`, message: error.message }]));
        continue;
      }
      const current = stored.get(item.criterionCode);
      if ((current?.version ?? 0) !== item.version) {
        const message = await staleMessage(tx, stage, item.criterionCode, assessmentId);
        stale.push({ path: `items[${i}].version`, message });
        continue;
      }
      const self = current?.selfValue ?? null;
      if (stage === "review" && !item.text && canonicalJson(value) !== canonicalJson(self)) {
        invalid.push({
          path: `items[${i}].text`,
          message: `Tiêu chí ${item.criterionCode}: bắt buộc có nhận xét khi điểm thẩm định (${describeValue(value)}) khác điểm tự chấm (${describeValue(self)})`,
        });
        continue;
      }
      const values: InputValues =
        stage === "self"
          ? { selfValue: value, selfNote: item.text }
          : { reviewedValue: value, reviewComment: item.text, reviewerId: actorId(args.actor) };
      pending.push({ code: item.criterionCode, version: item.version, values });
    }
    if (stale.length > 0) throw refusal("conflict", 409, stale);
    if (invalid.length > 0) throw refusal("validation", 400, invalid);
    const saved = [];
    for (const p of pending) {
      const row = await saveInput(tx, args.actor, ctx, {
        criterionCode: p.code,
        version: p.version,
        stage,
        values: p.values,
      });
      saved.push({ criterionCode: row.criterionCode, version: row.version });
    }
    return { saved };
  });
}

function refusal(code: string, status: 400 | 409, issues: Issue[]): AppError {
  const first = issues[0]!;
  return new AppError(code, status, `Chưa lưu được, không tiêu chí nào được ghi — ${first.message}`, issues);
}
