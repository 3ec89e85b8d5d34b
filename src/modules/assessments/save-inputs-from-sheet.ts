import { type SaveSheetInputsBody, saveSheetInputsBody } from "../../contracts/assessments";
import { parseInput } from "../../contracts/parse";
import { canonicalJson } from "../../core/text/canonical-json";
import type { Db, Tx } from "../../db/types";
import { AppError } from "../../server/errors";
import type { Actor } from "../auth/actor";
import { checkValue } from "./check-value";
import { describeValue } from "./criteria";
import { actorId, loadAssessmentContext, writable } from "./load-context";
import { assertCan } from "./policy";
import { findInput, type InputRow, type InputValues, inputsOf, lockAssessments } from "./repo";
import { saveInput, staleMessage } from "./save-input";

type SheetInput = SaveSheetInputsBody["inputs"][number] & { note: string | null };
type Issue = { path: string; message: string; status: 400 | 403 | 404 | 409 };

/**
 * Saves the inputs of a filled scoring sheet at one stage, all or nothing, in one transaction: each one as
 * `saveSelfInput` / `saveReviewInput` would (the same policy per unit and status, the engine's check of the
 * value, a comment when a review differs from the self value, an audit row with the stage, the old and the
 * new value, a version bump). Inputs equal to what is stored are left alone (no write, no audit); a blank
 * note keeps the stored one. A changed input whose stored version is not the sheet's (someone saved it after
 * the download) is refused with the value now stored. Any problem refuses the whole sheet, every problem
 * located at its `place`: 403 when the actor may not fill in a unit, else 409 for stale inputs or a status
 * that forbids the stage, else 400.
 */
export async function saveInputsFromSheet(args: {
  db: Db;
  actor: Actor;
  clusterId: string;
  stage: "self" | "review";
  inputs: SaveSheetInputsBody["inputs"];
}): Promise<{ count: number; units: number }> {
  const { stage, inputs } = parseInput(saveSheetInputsBody, { stage: args.stage, inputs: args.inputs });
  const byUnit = new Map<string, SheetInput[]>();
  for (const input of inputs) byUnit.set(input.unitId, [...(byUnit.get(input.unitId) ?? []), input]);
  return args.db.transaction(async (tx) => {
    // Every unit's assessment first, in id order, before the first audit write (which holds the council's
    // audit head): otherwise a submit or finalize holding one of them waits for the head while we wait for it.
    await lockAssessments(tx, args.clusterId, [...byUnit.keys()]);
    const issues: Issue[] = [];
    let count = 0;
    let units = 0;
    for (const [unitId, list] of byUnit) {
      const saved = await saveUnit(tx, args.actor, args.clusterId, unitId, stage, list, issues);
      count += saved;
      if (saved > 0) units++;
    }
    if (issues.length > 0) throw refusal(issues);
    return { count, units };
  });
}

function unchanged(row: InputRow | undefined, stage: "self" | "review", input: SheetInput): boolean {
  if (!row) return false;
  const standing = stage === "self" ? row.selfValue : (row.reviewedValue ?? row.selfValue);
  const note = stage === "self" ? row.selfNote : row.reviewComment;
  return canonicalJson(standing) === canonicalJson(input.value) && (!input.note || input.note === note);
}

async function saveUnit(
  tx: Tx,
  actor: Actor,
  clusterId: string,
  unitId: string,
  stage: "self" | "review",
  list: SheetInput[],
  issues: Issue[],
): Promise<number> {
  const place = list[0]?.place?.replace(/, dòng.*$/, "") ?? `đơn vị ${unitId}`;
  let ctx: Awaited<ReturnType<typeof loadAssessmentContext>>;
  try {
    // Read first, as the actor may: a unit they may not see is refused before any value is compared.
    const seen = await loadAssessmentContext(tx, actor, clusterId, unitId);
    const rows = seen.assessment ? await inputsOf(tx, [seen.assessment.id]) : [];
    const stored = new Map(rows.map((r) => [r.criterionCode, r]));
    list = list.filter((input) => !unchanged(stored.get(input.criterionCode), stage, input));
    if (list.length === 0) return 0;
    ctx = await loadAssessmentContext(tx, actor, clusterId, unitId, "update");
    assertCan(ctx.rel, ctx.status, stage === "self" ? "editSelf" : "review");
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    issues.push({
      path: place,
      message: error.message,
      status: error.status === 404 ? 404 : statusOf(error),
    });
    return 0;
  }
  const assessmentId = writable(ctx).id;
  const pending: { input: SheetInput; version: number; values: InputValues }[] = [];
  for (const input of list) {
    const at = input.place ?? `${ctx.unit.code}: ${input.criterionCode}`;
    let value: object;
    try {
      value = checkValue(ctx.scoring, ctx.unit.code, input.criterionCode, input.value).value;
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      for (const issue of error.issues ?? []) {
        issues.push({ path: at, message: `Tiêu chí ${input.criterionCode}: ${issue.message}`, status: 400 });
      }
      continue;
    }
    const current = await findInput(tx, assessmentId, input.criterionCode);
    const stored = current?.version ?? 0;
    if (input.version !== undefined && input.version !== stored) {
      const since = "sau khi bạn tải phiếu chấm";
      const message = await staleMessage(tx, stage, input.criterionCode, assessmentId, since);
      issues.push({ path: at, message, status: 409 });
      continue;
    }
    if (
      stage === "review" &&
      !input.note &&
      canonicalJson(value) !== canonicalJson(current?.selfValue ?? null)
    ) {
      issues.push({
        path: at,
        message: `Tiêu chí ${input.criterionCode}: bắt buộc có nhận xét khi điểm thẩm định (${describeValue(value)}) khác điểm tự chấm (${describeValue(current?.selfValue ?? null)})`,
        status: 400,
      });
      continue;
    }
    pending.push({ input, version: stored, values: valuesOf(stage, value, input.note, actor) });
  }
  if (issues.length > 0) return 0;
  for (const { input, version, values } of pending) {
    await saveInput(tx, actor, ctx, { criterionCode: input.criterionCode, version, stage, values });
  }
  return pending.length;
}

function valuesOf(stage: "self" | "review", value: object, note: string | null, actor: Actor): InputValues {
  if (stage === "self") return { selfValue: value, ...(note ? { selfNote: note } : {}) };
  return { reviewedValue: value, reviewerId: actorId(actor), ...(note ? { reviewComment: note } : {}) };
}

function statusOf(error: AppError): 400 | 403 | 409 {
  return error.status === 403 || error.status === 409 ? error.status : 400;
}

/** One refusal for the whole sheet: the gravest status among the problems, every problem listed. */
function refusal(issues: Issue[]): AppError {
  const rank = [403, 404, 409, 400] as const;
  const status = rank.find((s) => issues.some((i) => i.status === s)) ?? 400;
  const code = { 403: "forbidden", 404: "not_found", 409: "conflict", 400: "validation" }[status];
  const first = issues[0]!;
  return new AppError(
    code,
    status,
    `Phiếu chấm không được lưu, không giá trị nào được ghi — ${first.path}: ${first.message}`,
    issues.map(({ path, message }) => ({ path, message })),
  );
}
