import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TodoItem, TodoList } from "../../contracts/todo";
import type { Database } from "../../db/open";
import { openTestDatabase } from "../../db/testing";
import { completeReview } from "../assessments/complete-review";
import { finalizeAssessment } from "../assessments/finalize-assessment";
import { requestExplanation } from "../assessments/request-explanation";
import { saveReviewInput } from "../assessments/save-review-input";
import { sendExplanation } from "../assessments/send-explanation";
import { submitAssessment } from "../assessments/submit-assessment";
import {
  bringToFinal,
  fillSelf,
  publishAll,
  SELF_INPUTS,
  seenVersion,
  setUpCluster,
  UNIT_NAMES,
} from "../assessments/test-fixtures";
import type { Actor } from "../auth/actor";
import { setCalendar } from "../calendars/set-calendar";
import { openForSigning } from "../pacts/open-for-signing";
import { signPact } from "../pacts/sign-pact";
import { getTodo } from "./get-todo";

// One cluster-year played from the drafted pact to a published result; at each step every role's
// to-do list is read as the home page would, on 25/10/2020.

const TODAY = "2020-10-25";
let database: Database;
let s: Awaited<ReturnType<typeof setUpCluster>>;

beforeAll(async () => {
  database = await openTestDatabase();
  s = await setUpCluster(database.db);
});
afterAll(async () => {
  await database?.close();
});

const todo = (actor: Actor): Promise<TodoList> =>
  getTodo({ db: database.db, actor, input: { year: 2020 }, today: TODAY });
const items = async (actor: Actor, role: TodoList["sections"][number]["role"]): Promise<TodoItem[]> => {
  const section = (await todo(actor)).sections.find((x) => x.role === role);
  if (!section) throw new Error(`no ${role} section`);
  return section.items;
};
const on = (unit: number) => ({ db: database.db, clusterId: s.cluster.id, unitId: s.units[unit]!.id });

describe("each role's to-do list", () => {
  it("while the pact is drafted: units register their targets, the council sees the drafting is late", async () => {
    const unit = await items(s.editors[2]!.actor, "unit");
    expect(unit).toEqual([
      expect.objectContaining({
        kind: "registerTargets",
        unit: { id: s.units[2]!.id, name: UNIT_NAMES[2] },
        criteria: [
          expect.objectContaining({ code: "I.4" }),
          expect.objectContaining({ code: "II.2" }),
          expect.objectContaining({ code: "IV.1" }),
          expect.objectContaining({ code: "V.1" }),
        ],
        due: "2020-03-31",
        daysLeft: -208,
        late: true,
      }),
    ]);
    expect(await items(s.head.actor, "head")).toEqual([]);
    expect(await items(s.admin.actor, "council")).toEqual([
      expect.objectContaining({ kind: "clusterStage", stage: "pactDrafting", due: "2020-03-31", late: true }),
    ]);
    expect((await todo(s.observer.actor)).sections).toEqual([{ role: "observer", items: [] }]);
    expect((await todo(s.foreignAdmin.actor)).sections).toEqual([{ role: "council", items: [] }]);
  });

  it("while it is signed: the unit that has not signed is told, and so are its head and the council", async () => {
    await openForSigning({
      db: database.db,
      actor: s.admin.actor,
      clusterId: s.cluster.id,
      input: { version: 1 },
    });
    for (const i of [0, 1, 3, 4, 5]) {
      await signPact({ ...on(i), actor: s.editors[i]!.actor, input: { signerName: `Người ký ${i}` } });
    }
    expect(await items(s.editors[2]!.actor, "unit")).toEqual([
      expect.objectContaining({ kind: "signPact", due: "2020-03-31", late: true }),
    ]);
    expect(await items(s.editors[1]!.actor, "unit")).toEqual([]);
    const late = { id: s.units[2]!.id, name: UNIT_NAMES[2] };
    expect(await items(s.head.actor, "head")).toEqual([
      expect.objectContaining({ kind: "unsignedMembers", units: [late] }),
    ]);
    expect(await items(s.admin.actor, "council")).toEqual([
      expect.objectContaining({ stage: "signing", lateUnits: [late] }),
    ]);
  });

  it("while units score themselves: the deadline is the council's, and a partial sheet says how much is missing", async () => {
    await signPact({ ...on(2), actor: s.editors[2]!.actor, input: { signerName: "Người ký 2" } });
    await setCalendar({
      db: database.db,
      actor: s.admin.actor,
      clusterId: s.cluster.id,
      input: {
        pactSignedBy: "2020-03-15",
        selfAssessmentDue: "2020-10-31",
        reviewDue: "2020-11-10",
        conferenceOn: "2020-11-24",
        version: 0,
      },
    });
    await fillSelf(database.db, s.editors[2]!.actor, s.cluster.id, s.units[2]!.id, {
      "I.1": SELF_INPUTS["I.1"]!,
      "I.2": SELF_INPUTS["I.2"]!,
    });
    expect(await items(s.editors[2]!.actor, "unit")).toEqual([
      expect.objectContaining({
        kind: "selfAssess",
        started: true,
        missing: 13,
        due: "2020-10-31",
        daysLeft: 6,
      }),
    ]);
    expect(await items(s.editors[3]!.actor, "unit")).toEqual([
      expect.objectContaining({ kind: "selfAssess", started: false, missing: 15, late: false }),
    ]);
    expect(await items(s.admin.actor, "council")).toEqual([
      expect.objectContaining({
        stage: "selfScoring",
        counts: { draft: 6 },
        due: "2020-10-31",
        lateUnits: [],
      }),
    ]);
  });

  it("a submitted unit waits in the head's list for review, and drops out of its own", async () => {
    await fillSelf(database.db, s.editors[1]!.actor, s.cluster.id, s.units[1]!.id);
    await submitAssessment({ ...on(1), actor: s.editors[1]!.actor });
    expect(await items(s.editors[1]!.actor, "unit")).toEqual([]);
    expect(await items(s.head.actor, "head")).toEqual([
      expect.objectContaining({
        kind: "review",
        units: [{ id: s.units[1]!.id, name: UNIT_NAMES[1] }],
        due: "2020-11-10",
        daysLeft: 16,
      }),
      // The conference is 30 days away: time to prepare it, with six units not final yet.
      expect.objectContaining({ kind: "prepareConference", notFinal: 6, due: "2020-11-24", daysLeft: 30 }),
    ]);
  });

  it("an explanation request reaches the unit with the head's note and the criteria concerned", async () => {
    await saveReviewInput({
      ...on(1),
      actor: s.head.actor,
      input: { criterionCode: "I.2", value: { points: 4 }, comment: "Thiếu minh chứng", version: 1 },
    });
    await saveReviewInput({
      ...on(1),
      actor: s.head.actor,
      input: { criterionCode: "I.1", value: SELF_INPUTS["I.1"], version: 1 },
    });
    await completeReview({ ...on(1), actor: s.head.actor });
    await requestExplanation({
      ...on(1),
      actor: s.head.actor,
      input: { note: "Đề nghị bổ sung minh chứng tiêu chí I.2" },
    });
    expect(await items(s.editors[1]!.actor, "unit")).toEqual([
      expect.objectContaining({
        kind: "explain",
        note: "Đề nghị bổ sung minh chứng tiêu chí I.2",
        requestedBy: s.head.username,
        criteria: [{ code: "I.2", title: "Tuyên truyền phòng, chống dịch bệnh Covid-19" }],
        due: "2020-11-10",
      }),
    ]);
    expect((await items(s.head.actor, "head")).map((i) => i.kind)).not.toContain("explanationsReceived");
  });

  it("once the unit sends its explanation, the head sees it arrive and the unit's item is done", async () => {
    await sendExplanation({ ...on(1), actor: s.editors[1]!.actor });
    expect(await items(s.editors[1]!.actor, "unit")).toEqual([]);
    expect(await items(s.head.actor, "head")).toEqual([
      expect.objectContaining({
        kind: "explanationsReceived",
        units: [expect.objectContaining({ id: s.units[1]!.id, name: UNIT_NAMES[1] })],
      }),
      expect.objectContaining({ kind: "prepareConference" }),
    ]);
    await expect(sendExplanation({ ...on(1), actor: s.editors[1]!.actor })).rejects.toMatchObject({
      status: 409,
    });
  });

  it("the observer sees nothing until the council publishes the whole cluster", async () => {
    expect(await items(s.observer.actor, "observer")).toEqual([]);
    await finalizeAssessment({ ...on(1), actor: s.head.actor, input: { version: await seenVersion(s, 1) } });
    expect(await items(s.observer.actor, "observer")).toEqual([]);
    const { "I.1": _i1, "I.2": _i2, ...rest } = SELF_INPUTS;
    await fillSelf(database.db, s.editors[2]!.actor, s.cluster.id, s.units[2]!.id, rest);
    await submitAssessment({ ...on(2), actor: s.editors[2]!.actor });
    await completeReview({ ...on(2), actor: s.head.actor });
    await finalizeAssessment({ ...on(2), actor: s.head.actor, input: { version: await seenVersion(s, 2) } });
    await bringToFinal(s, [0, 3, 4, 5]);
    expect(await items(s.observer.actor, "observer")).toEqual([]);
    await publishAll(s);
    expect(await items(s.observer.actor, "observer")).toEqual([
      expect.objectContaining({ kind: "published", publishedCount: 6, memberCount: 6 }),
    ]);
  });
});
