import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Criterion } from "../../contracts/cluster-year";
import type { Database } from "../../db/open";
import { openTestDatabase } from "../../db/testing";
import { system } from "../../test-support/factories";
import { cloneCluster } from "../clusters/clone-cluster";
import { getOrganization } from "../orgs/find-organization";
import { getPact } from "../pacts/get-pact";
import { carryTasksToPact } from "./carry-to-pact";
import { getTask } from "./get-task";
import { listTasks } from "./list-tasks";
import { draftWithRoom, makeTask, reloaded, setUpTasks, type TaskSetup } from "./test-fixtures";

let database: Database;
let s: TaskSetup;
let nextClusterId: string;

beforeAll(async () => {
  database = await openTestDatabase();
  s = await setUpTasks(database.db);
  const next = await cloneCluster({
    db: database.db,
    actor: system,
    clusterId: s.cluster.id,
    input: { year: 2022 },
  });
  nextClusterId = next.id;
  await draftWithRoom(database.db, nextClusterId);
});
afterAll(async () => {
  await database?.close();
});

const failure = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: { status: number; issues?: { path: string }[] }) => e,
  );

describe("carrying tasks into next year's pact", () => {
  it("adds a group of criteria with each unit's target, and each task keeps its criterion", async () => {
    const withTargets = await makeTask(database.db, s);
    const plain = await makeTask(database.db, s, {
      title: "Tuyên truyền bầu cử",
      targets: {},
      indicator: undefined,
    });
    const result = await carryTasksToPact({
      db: database.db,
      actor: s.admin.actor,
      input: {
        clusterId: s.cluster.id,
        items: [
          { taskId: withTargets.id, max: 5 },
          { taskId: plain.id, max: 3 },
        ],
      },
    });
    expect(result.carried.map((c) => c.code)).toEqual(["NV2021.1", "NV2021.2"]);
    const pact = (await getPact({ db: database.db, actor: s.admin.actor, clusterId: nextClusterId })).pact;
    const group = ((pact?.criteria ?? []) as Criterion[]).find((c) => c.code === "NV2021");
    const codes = await Promise.all(
      s.units.slice(0, 3).map(async (u) => (await getOrganization(database.db, u.id))?.code),
    );
    expect(group).toEqual({
      code: "NV2021",
      title: "Thực hiện nhiệm vụ trọng tâm năm 2021",
      children: [
        {
          code: "NV2021.1",
          title: withTargets.title,
          method: "target",
          max: 5,
          target: 8,
          targets: { [codes[0] as string]: 12, [codes[1] as string]: 10, [codes[2] as string]: 8 },
        },
        { code: "NV2021.2", title: "Tuyên truyền bầu cử", method: "passFail", max: 3 },
      ],
    });
    const view = await getTask({ db: database.db, actor: s.head.actor, taskId: plain.id, now: new Date() });
    expect(view.carriedCriterionCode).toBe("NV2021.2");
  });

  it("refuses a task already carried, with where it went", async () => {
    const task = await makeTask(database.db, s);
    const input = { clusterId: s.cluster.id, items: [{ taskId: task.id, max: 2 }] };
    await carryTasksToPact({ db: database.db, actor: s.admin.actor, input });
    const again = await failure(carryTasksToPact({ db: database.db, actor: s.admin.actor, input }));
    expect(again?.status).toBe(400);
    expect(again?.issues?.map((i) => i.path)).toEqual(["items[0].taskId"]);
  });

  it("refuses a carry past the pact's 100 points, saying what is left, and carries what fits", async () => {
    // 90 points once group VI went; 5 + 3 and then 2 carried above: 100, nothing left under the scale.
    const nextOf = async () =>
      (await listTasks({ db: database.db, actor: s.admin.actor, now: new Date(), clusterId: s.cluster.id }))
        .clusters[0]?.nextPact;
    expect(await nextOf()).toMatchObject({ limit: 100, total: 100, room: 0 });
    const task = await makeTask(database.db, s, { title: "Tuyên truyền kỷ niệm các ngày lễ lớn" });
    const input = { clusterId: s.cluster.id, items: [{ taskId: task.id, max: 0.5 }] };
    const refused = await failure(carryTasksToPact({ db: database.db, actor: s.admin.actor, input }));
    expect(refused?.status).toBe(400);
    expect(refused?.issues).toEqual([
      {
        path: "items",
        message:
          "Giao ước năm 2022 sẽ có 100,5 điểm, vượt thang 100 điểm: bảng đang có 100 điểm nên chỉ còn 0 điểm, " +
          "các nhiệm vụ đã chọn cộng 0,5 điểm. Hãy giảm điểm tối đa hoặc bớt tiêu chí khác trong giao ước.",
      },
    ]);
    const view = await getTask({ db: database.db, actor: s.admin.actor, taskId: task.id, now: new Date() });
    expect(view.carriedCriterionCode).toBeNull();
    const pact = (await getPact({ db: database.db, actor: s.admin.actor, clusterId: nextClusterId })).pact;
    const group = ((pact?.criteria ?? []) as Criterion[]).find((c) => c.code === "NV2021");
    expect(group && "children" in group ? group.children.map((c) => [c.code, c.max]) : []).toEqual([
      ["NV2021.1", 5],
      ["NV2021.2", 3],
      ["NV2021.3", 2],
    ]);
  });

  it("tells each actor in the task list whether they may carry, and how much room the draft has", async () => {
    const nextOf = async (actor: typeof s.admin.actor) =>
      (await listTasks({ db: database.db, actor, now: new Date(), clusterId: s.cluster.id })).clusters[0]
        ?.nextPact;
    expect(await nextOf(s.admin.actor)).toEqual({
      year: 2022,
      clusterId: nextClusterId,
      pactStatus: "draft",
      canCarry: true,
      limit: 100,
      total: 100,
      room: 0,
    });
    // Cloning kept Hạ Long as head, so its head account heads 2022 too.
    expect((await nextOf(await reloaded(database.db, s.head.actor)))?.canCarry).toBe(true);
    expect((await nextOf(s.editors[1]!.actor))?.canCarry).toBe(false);
    const other = await setUpTasks(database.db);
    const alone = await listTasks({
      db: database.db,
      actor: other.admin.actor,
      now: new Date(),
      clusterId: other.cluster.id,
    });
    expect(alone.clusters[0]?.nextPact).toEqual({
      year: 2022,
      clusterId: null,
      pactStatus: null,
      canCarry: false,
      limit: 100,
      total: null,
      room: null,
    });
    const lonely = await makeTask(database.db, other);
    const noNext = { clusterId: other.cluster.id, items: [{ taskId: lonely.id, max: 2 }] };
    expect(
      (await failure(carryTasksToPact({ db: database.db, actor: other.admin.actor, input: noNext })))?.status,
    ).toBe(409);
  });
});
