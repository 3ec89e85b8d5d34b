import { and, eq } from "drizzle-orm";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ScoreInput } from "../../contracts/cluster-year";
import type { Database } from "../../db/open";
import { auditLog } from "../../db/schema";
import { openTestDatabase } from "../../db/testing";
import { correctPublished } from "../assessments/correct-published";
import { explain } from "../assessments/explain";
import { finalizeAssessment } from "../assessments/finalize-assessment";
import { getAssessment } from "../assessments/get-assessment";
import { saveInputsBatch } from "../assessments/save-inputs-batch";
import { saveReviewInput } from "../assessments/save-review-input";
import { saveSelfInput } from "../assessments/save-self-input";
import { sendExplanation } from "../assessments/send-explanation";
import {
  bringToFinal,
  publishAll,
  SELF_INPUTS,
  seenVersion,
  setUpCluster,
} from "../assessments/test-fixtures";
import { exportClusterYear } from "../exchange/export-cluster-year";
import { importClusterYear } from "../exchange/import-cluster-year";
import { saveScoringSheet } from "../exchange/save-scoring-sheet";
import { exportScoringSheet } from "../exchange/scoring-sheet";
import { COL, SHEET_HEADER_ROW } from "../exchange/sheet-layout";
import { amendPact } from "../pacts/amend-pact";
import { setUnitTargets } from "../pacts/set-unit-targets";
import { publishedEverywhere, recordEverywhere } from "./published-everywhere";
import { currentPact, lockPact, lowerI2AddI5 } from "./test-fixtures";

// Every write that touches a pact or an input after the cluster-year is published either is refused or leaves
// every published total where it was, on every page and export, for every reader. The one write that may
// change a published total, a correction, does it as a new record with its reason, in the audit log.

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

/** Different inputs per unit, with a leader-relative criterion (I.4) that a change of one unit would move. */
const inputs = (i: number): Record<string, ScoreInput> => ({
  ...SELF_INPUTS,
  "I.2": { points: 3 + 0.5 * i },
  "I.4": { actual: 100 + 10 * i },
});

async function publishedCluster() {
  const s = await setUpCluster(database.db);
  await lockPact(s);
  await bringToFinal(s, undefined, inputs);
  await publishAll(s);
  const before = await publishedEverywhere(s);
  expect(Object.keys(before.record)).toHaveLength(6);
  expect(new Set(Object.values(before.record)).size).toBe(6);
  expect(before.seen).toEqual(recordEverywhere(before));
  return { s, before };
}

const refusedOrThrow = async (write: Promise<unknown>) => {
  try {
    await write;
  } catch (error) {
    return error as { status: number; message: string; code: string };
  }
  throw new Error("the write went through");
};

describe("after publication, every write is refused or leaves the published totals everywhere", () => {
  it("refuses input writes of every kind, and changes nothing anyone sees", async () => {
    const { s, before } = await publishedCluster();
    const mc = { db: s.db, clusterId: s.cluster.id, unitId: s.units[5]!.id };
    const i2 = (await getAssessment({ ...mc, actor: s.admin.actor })).criteria.find((c) => c.code === "I.2")!;
    const version = await seenVersion(s, 5);
    const value = { points: 6 };
    const writes: [string, () => Promise<unknown>][] = [
      [
        "self input",
        () =>
          saveSelfInput({
            ...mc,
            actor: s.editors[5]!.actor,
            input: { criterionCode: "I.2", value, version: i2.version },
          }),
      ],
      [
        "review input",
        () =>
          saveReviewInput({
            ...mc,
            actor: s.admin.actor,
            input: { criterionCode: "I.2", value, comment: "Đủ minh chứng", version: i2.version },
          }),
      ],
      [
        "one save, self",
        () =>
          saveInputsBatch({
            ...mc,
            actor: s.editors[5]!.actor,
            input: { stage: "self", items: [{ criterionCode: "I.2", value, version: i2.version }] },
          }),
      ],
      [
        "one save, review",
        () =>
          saveInputsBatch({
            ...mc,
            actor: s.head.actor,
            input: {
              stage: "review",
              items: [{ criterionCode: "I.2", value, text: "Đủ minh chứng", version: i2.version }],
            },
          }),
      ],
      [
        "finalize",
        () =>
          finalizeAssessment({
            ...mc,
            actor: s.admin.actor,
            input: { version, overrides: [{ criterionCode: "I.2", value, reason: "Bổ sung minh chứng" }] },
          }),
      ],
      [
        "explanation",
        () =>
          explain({
            ...mc,
            actor: s.editors[5]!.actor,
            input: { criterionCode: "I.2", explanation: "Bổ sung minh chứng", version: i2.version },
          }),
      ],
      ["send explanation", () => sendExplanation({ ...mc, actor: s.editors[5]!.actor, input: {} })],
      ["publish again", () => publishAll(s)],
    ];
    for (const [what, write] of writes) {
      const err = await refusedOrThrow(write());
      expect([what, err.status]).toEqual([what, 409]);
      expect(err.message, what).not.toMatch(/must be|criterion's max|[Ee]rror:/);
    }
    expect(await publishedEverywhere(s)).toEqual(before);
  });

  it("refuses a scoring sheet uploaded for a published unit, and saves none of it", async () => {
    const { s, before } = await publishedCluster();
    const unit = s.units[5]!;
    // The head's review sheet of the unit, as downloaded (a copy kept from before publication has the same rows).
    const { bytes } = await exportScoringSheet({
      db: s.db,
      actor: s.head.actor,
      clusterId: s.cluster.id,
      stage: "review",
      unit: unit.code,
    });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.slice().buffer as ArrayBuffer);
    const ws = wb.getWorksheet(unit.code)!;
    const rows = Array.from({ length: ws.rowCount - SHEET_HEADER_ROW }, (_, k) =>
      ws.getRow(SHEET_HEADER_ROW + 1 + k),
    );
    const i2 = rows.filter((row) => row.getCell(COL.code).value === "I.2");
    expect(i2).toHaveLength(1);
    i2[0]!.getCell(COL.value).value = 6;
    i2[0]!.getCell(COL.note).value = "Đủ minh chứng";
    const filled = new Uint8Array(await wb.xlsx.writeBuffer());
    for (const [actor, stage] of [
      [s.head.actor, "review"],
      [s.editors[5]!.actor, "self"],
    ] as const) {
      const err = await refusedOrThrow(
        saveScoringSheet({ db: s.db, actor, clusterId: s.cluster.id, bytes: filled, stage }),
      );
      expect(err).toMatchObject({ status: 409, message: expect.stringMatching(/đã công bố và được khóa/) });
    }
    expect(await publishedEverywhere(s)).toEqual(before);
  });

  it("refuses pact writes that would change a published result; takes one that changes none, totals unchanged", async () => {
    const { s, before } = await publishedCluster();
    const at = { db: s.db, clusterId: s.cluster.id };
    const pact = await currentPact(s);
    const reason = "Điều chỉnh theo hướng dẫn mới";
    const amend = (criteria: typeof pact.criteria) =>
      amendPact({ ...at, actor: s.admin.actor, input: { criteria, version: pact.version, reason } });
    await expect(amend(lowerI2AddI5(pact.criteria))).rejects.toMatchObject({
      status: 409,
      code: "published_results_affected",
    });
    await expect(
      setUnitTargets({
        ...at,
        actor: s.admin.actor,
        input: { version: pact.version, criterionCode: "I.4", targets: { [s.units[0]!.code]: 90 } },
      }),
    ).rejects.toMatchObject({ status: 409 });
    expect(await publishedEverywhere(s)).toEqual(before);
    // A clearer title changes no score: the amendment is taken, and the published totals stay.
    const retitled = pact.criteria.map((c) =>
      c.code === "I" && c.method === undefined
        ? {
            ...c,
            children: c.children.map((x) =>
              x.code === "I.4" ? { ...x, title: "Tin, bài trên cổng thông tin (so với đơn vị dẫn đầu)" } : x,
            ),
          }
        : c,
    );
    const saved = await amend(retitled);
    expect(saved.version).toBe(pact.version + 1);
    expect(await publishedEverywhere(s)).toEqual(before);
  });

  it("refuses to import the published cluster-year again, and changes nothing", async () => {
    const { s, before } = await publishedCluster();
    const { file } = await exportClusterYear({ db: s.db, actor: s.admin.actor, clusterId: s.cluster.id });
    const changed = structuredClone(file);
    for (const unit of Object.values(changed.scores)) unit["I.2"] = { points: 6 };
    const err = await refusedOrThrow(
      importClusterYear({
        db: s.db,
        actor: s.admin.actor,
        councilId: s.councilId,
        text: JSON.stringify(changed),
      }),
    );
    expect(err.status).toBe(409);
    expect(await publishedEverywhere(s)).toEqual(before);
  });

  it("changes a published total only by a correction: a new record with its reason, the same everywhere", async () => {
    const { s, before } = await publishedCluster();
    const mc = { db: s.db, clusterId: s.cluster.id, unitId: s.units[5]!.id };
    const reason = "Bổ sung minh chứng đợt tuyên truyền tháng 12 (Công văn số 45-CV/BTGTU)";
    // Móng Cái's I.2 was 5.5 (3 + 0.5 × 5): 6 adds 0.5 to its total and to no one else's.
    await correctPublished({
      ...mc,
      actor: s.admin.actor,
      input: { version: await seenVersion(s, 5), criterionCode: "I.2", value: { points: 6 }, reason },
    });
    const after = await publishedEverywhere(s);
    const mcCode = s.units[5]!.code;
    expect(after.seq).toBe((before.seq ?? 0) + 1);
    expect(after.record).toEqual({
      ...before.record,
      [mcCode]: Math.round((before.record[mcCode]! + 0.5) * 100) / 100,
    });
    expect(after.seen).toEqual(recordEverywhere(after));
    const [audit] = await s.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.councilId, s.councilId), eq(auditLog.action, "correct")));
    expect(audit?.after).toMatchObject({
      reason,
      publication: { seq: after.seq, totalBefore: before.record[mcCode], totalAfter: after.record[mcCode] },
    });
  });
});
