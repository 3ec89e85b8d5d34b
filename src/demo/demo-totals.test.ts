import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../db/open";
import { openDemoTestDatabase } from "../db/testing";
import { completeReview } from "../modules/assessments/complete-review";
import { finalizeAssessment } from "../modules/assessments/finalize-assessment";
import { getAssessment } from "../modules/assessments/get-assessment";
import { saveInputsBatch } from "../modules/assessments/save-inputs-batch";
import { submitAssessment } from "../modules/assessments/submit-assessment";
import type { Actor } from "../modules/auth/actor";
import { currentRecord } from "../modules/publication/current-record";
import { getPublication } from "../modules/publication/get-publication";
import { publishCluster } from "../modules/publication/publish-cluster";
import { reopenPublication } from "../modules/publication/reopen-publication";
import { demoActor, demoCluster } from "../test-support/demo-actors";
import { exportTotals, pageTotals, pick, stageTotals, type Totals } from "../test-support/totals-everywhere";
import { REVIEWS_2020, selfInputs2020, UNIT_CODES } from "./scores-2020";
import * as seed from "./seed-data";

// One unit, one total, everywhere: on the demo, every unit's total is read back from the assessment page,
// the ranking, the matrix, the ranking's Excel file and the JSON export (scored again by the engine), by
// every demo account, at every stage of a year, and must be equal. Self totals before publication are
// scored over the units each actor may see (a unit never sees a competitor's unpublished inputs), so they
// are compared per actor; published and provisional totals are the same for everyone who sees them.

let database: Database;
let admin: Actor;
let head: Actor;
let observer: Actor;
const editors = new Map<string, Actor>();

beforeAll(async () => {
  // The demo as createDemo() makes it, built once per run (src/db/testing.ts).
  database = await openDemoTestDatabase();
  admin = await demoActor(database.db, "admin");
  head = await demoActor(database.db, "cumtruong");
  observer = await demoActor(database.db, "quansat");
  for (const u of seed.units) editors.set(u.code, await demoActor(database.db, u.account));
}, 600_000);
afterAll(async () => {
  await database?.close();
});

const everyone = () => [admin, head, observer, ...editors.values()];
const seesDraft = (a: Actor) => a === admin || a === head;
const codesOf = (t: Totals) => Object.keys(t).sort();

/** Checks every page against every other for each actor; returns the published totals (empty before). */
async function expectOneTotalEverywhere(clusterId: string, units: Record<string, string>): Promise<Totals> {
  const record = await currentRecord(database.db, clusterId);
  const published: Totals = Object.fromEntries((record?.results.results ?? []).map((r) => [r.unit, r.total]));
  for (const actor of everyone()) {
    const who = actor.kind === "user" ? actor.username : "system";
    const pages = await pageTotals(database.db, actor, clusterId, units);
    const self = await stageTotals(database.db, actor, clusterId, "self");
    expect(self.excel, `${who}: self Excel`).toEqual(self.ranking);
    expect(pick(pages.self, codesOf(self.ranking)), `${who}: self on the assessment page`).toEqual(
      self.ranking,
    );
    const final = await stageTotals(database.db, actor, clusterId, "final");
    expect(final.ranking, `${who}: published ranking is the record`).toEqual(published);
    expect(final.excel, `${who}: published Excel`).toEqual(published);
    expect(final.matrix, `${who}: published matrix`).toEqual(published);
    expect(pick(pages.final, codesOf(published)), `${who}: published on the assessment page`).toEqual(
      published,
    );
    expect(final.matrixSelf, `${who}: matrix self totals`).toEqual(
      pick(self.ranking, codesOf(final.matrixSelf ?? {})),
    );
    const exported = await exportTotals(database.db, actor, clusterId);
    if (!seesDraft(actor)) {
      expect(exported, `${who}: JSON export`).toEqual(published);
      // Nothing provisional reaches a unit or an observer.
      expect(pick(pages.final, codesOf(pages.final)), `${who}: no provisional total`).toEqual(
        pick(published, codesOf(pages.final)),
      );
      continue;
    }
    const draft = await stageTotals(database.db, actor, clusterId, "draft");
    expect(draft.excel, `${who}: provisional Excel`).toEqual(draft.ranking);
    expect(draft.matrix, `${who}: provisional matrix`).toEqual(draft.ranking);
    expect(draft.matrixSelf, `${who}: provisional matrix self totals`).toEqual(
      pick(self.ranking, codesOf(draft.matrixSelf ?? {})),
    );
    expect(exported, `${who}: JSON export`).toEqual(record ? published : draft.ranking);
    const provisional = codesOf(pages.final).filter((c) => !(c in published));
    expect(pick(pages.final, provisional), `${who}: provisional on the assessment page`).toEqual(
      pick(draft.ranking, provisional),
    );
    if (record)
      expect(pick(draft.ranking, codesOf(published)), `${who}: draft of published`).toEqual(published);
  }
  return published;
}

describe("one unit, one total, on every page, export and account of the demo", () => {
  it("2020 as published: the record, every page and hand arithmetic agree", async () => {
    const { clusterId, units } = await demoCluster(database.db, 2020);
    const published = await expectOneTotalEverywhere(clusterId, units);
    expect(codesOf(published)).toEqual([...UNIT_CODES].sort());
    // Móng Cái, final values (V.1 reviewed to 24), targets I.4 125, II.2 95, IV.1 9, V.1 30:
    // I 5.6 + 4.5 + 3.5 + 0.5×5×110/125 = 15.8; II 6 + 8×92/95 (7.75) + 4.5 = 18.25; III 7.5 + 4 = 11.5;
    // IV 8×8/9 (7.11) + 4.2 = 11.31; V 0.5×10×24/30 + 3.5 = 7.5; VI 4 + 0 = 4; no bonus; penalty 2 × 0.5.
    expect(published.MC).toBe(15.8 + 18.25 + 11.5 + 11.31 + 7.5 + 4 - 1);
    // Hạ Long: I.4 205/180 against the leader Uông Bí's 150/130: 2.5 + 2.5 × (5/36)/(2/13) = 4.76, so I is
    // 8 + 6 + 6 + 4.76; it leads V.1 (52/45): 10. II 20, III 9 + 5.5, IV 8 + 7, V 10 + 5, VI 10.
    // Bonus T.1 3 (finalized with reason) + T.2 2 = 5, the cap.
    expect(published.HL).toBe(104.26);
    expect(Math.round((24.76 + 20 + 14.5 + 15 + 15 + 10 + 5) * 100) / 100).toBe(104.26);
  });

  it("2021 played through: equal at self-scoring, review, provisional, published, reopened and republished", async () => {
    const { clusterId, units } = await demoCluster(database.db, 2021);
    const on = (code: string) => ({ db: database.db, clusterId, unitId: units[code]! });
    const editor = (code: string) => editors.get(code)!;
    const seen = async (code: string) => (await getAssessment({ ...on(code), actor: admin })).version;
    const versionOf = async (code: string, criterion: string) =>
      (await getAssessment({ ...on(code), actor: admin })).criteria.find((c) => c.code === criterion)
        ?.version ?? 0;

    // Self-scoring: everyone fills the form in one save; three submit.
    for (const [i, code] of UNIT_CODES.entries()) {
      const items = Object.entries(selfInputs2020(i)).map(([criterionCode, value]) => ({
        criterionCode,
        value,
        version: 0,
      }));
      await saveInputsBatch({ ...on(code), actor: editor(code), input: { stage: "self", items } });
    }
    for (const code of ["HL", "UB", "QY"]) await submitAssessment({ ...on(code), actor: editor(code) });
    expect(await expectOneTotalEverywhere(clusterId, units)).toEqual({});
    const adminSelf = (await stageTotals(database.db, admin, clusterId, "self")).ranking;
    expect(codesOf(adminSelf)).toEqual(["HL", "QY", "UB"]);

    // Review: all submitted; the head reviews the others, the council reviews the head's own unit.
    for (const code of ["DT", "CP", "MC"]) await submitAssessment({ ...on(code), actor: editor(code) });
    for (const [code, criterionCode, value, text] of REVIEWS_2020) {
      const actor = code === "HL" ? admin : head;
      const items = [{ criterionCode, value, text, version: await versionOf(code, criterionCode) }];
      await saveInputsBatch({ ...on(code), actor, input: { stage: "review", items } });
    }
    for (const code of ["UB", "QY"]) await completeReview({ ...on(code), actor: head });
    await expectOneTotalEverywhere(clusterId, units);
    const underReview = (await stageTotals(database.db, head, clusterId, "draft")).ranking;
    expect(codesOf(underReview)).toEqual([...UNIT_CODES].sort());

    // Final: every unit finalized on the version the council saw; the ranking is provisional.
    await completeReview({ ...on("HL"), actor: admin });
    for (const code of ["DT", "CP", "MC"]) await completeReview({ ...on(code), actor: head });
    for (const code of UNIT_CODES) {
      await finalizeAssessment({ ...on(code), actor: admin, input: { version: await seen(code) } });
    }
    expect(await expectOneTotalEverywhere(clusterId, units)).toEqual({});
    const provisional = (await stageTotals(database.db, admin, clusterId, "draft")).ranking;
    // Same inputs as 2020 (less the council's T.1 override for Hạ Long: 2 reviewed, not 3).
    const { units: units2020, clusterId: c2020 } = await demoCluster(database.db, 2020);
    const published2020 = (await stageTotals(database.db, admin, c2020, "final")).ranking;
    expect(Object.keys(units2020).sort()).toEqual(codesOf(provisional));
    expect(provisional).toEqual({ ...published2020, HL: published2020.HL! - 1 });

    // Published: the council publishes the cluster in one act.
    const publication = await getPublication({ db: database.db, actor: admin, clusterId });
    const versions = Object.fromEntries(publication.units.map((u) => [u.unitId, u.version]));
    await publishCluster({ db: database.db, actor: admin, clusterId, input: { versions } });
    expect(await expectOneTotalEverywhere(clusterId, units)).toEqual(provisional);

    // Reopened: nothing is published any more; the council and head see the same totals, provisional.
    await reopenPublication({
      db: database.db,
      actor: admin,
      clusterId,
      input: { reason: "Rà soát lại minh chứng tiêu chí V.1 theo đề nghị của đơn vị" },
    });
    expect(await expectOneTotalEverywhere(clusterId, units)).toEqual({});
    expect((await stageTotals(database.db, head, clusterId, "draft")).ranking).toEqual(provisional);

    // Republished: the same totals, everywhere, for everyone.
    const again = await getPublication({ db: database.db, actor: admin, clusterId });
    const seenAgain = Object.fromEntries(again.units.map((u) => [u.unitId, u.version]));
    await publishCluster({ db: database.db, actor: admin, clusterId, input: { versions: seenAgain } });
    expect(await expectOneTotalEverywhere(clusterId, units)).toEqual(provisional);
  });
});
