import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../db/open";
import { openTestDatabase } from "../../db/testing";
import { grant, makeCluster, makeUser, system } from "../../test-support/factories";
import type { Actor } from "../auth/actor";
import { cloneCluster } from "../clusters/clone-cluster";
import { handHeadRole } from "../clusters/hand-head-role";
import { dissolveOrganization } from "../orgs/dissolve-organization";
import { carryTasksToPact } from "./carry-to-pact";
import { getTask } from "./get-task";
import { listTasks } from "./list-tasks";
import { draftWithRoom, makeTask, reloaded, setUpTasks } from "./test-fixtures";

// Issue 11: the head role goes with the head unit into next year's cluster (clone, the year-end meeting's
// hand-over), and next year's head carries this year's tasks into the pact they draft.

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

const statusOf = (p: Promise<unknown>) =>
  p.then(
    () => 200,
    (e: { status: number }) => e.status,
  );

async function twoYears() {
  const { db } = database;
  const s = await setUpTasks(db);
  // Uông Bí headed the cluster in 2020; its head account carries that grant.
  const [halong, uongbi, ...rest] = s.units.map((u) => u.id);
  const c2020 = await makeCluster(db, s.councilId, [uongbi!, halong!, ...rest], 2020, "CUM1");
  const uongbiHead = await makeUser(db, [
    grant("cluster_head", s.councilId, { clusterId: c2020.id, unitId: uongbi }),
  ]);
  const task = await makeTask(db, s);
  const carry = (actor: Actor, max = 4) =>
    carryTasksToPact({ db, actor, input: { clusterId: s.cluster.id, items: [{ taskId: task.id, max }] } });
  return { ...s, uongbi: uongbi!, uongbiHead: uongbiHead.actor, task, carry };
}

describe("next year's head carries this year's tasks", () => {
  it("follows the head unit into the clone, and then to the unit the year-end meeting chose", async () => {
    const { db } = database;
    const s = await twoYears();
    const next = await cloneCluster({ db, actor: system, clusterId: s.cluster.id, input: { year: 2022 } });
    await draftWithRoom(db, next.id);
    // Hạ Long stays head in the clone: its head account may carry; Uông Bí's may not, nor any unit's staff.
    const halongHead = await reloaded(db, s.head.actor);
    expect(halongHead.kind === "user" && halongHead.grants.map((g) => g.clusterId).sort()).toEqual(
      [s.cluster.id, next.id].sort(),
    );
    expect(await statusOf(s.carry(await reloaded(db, s.uongbiHead)))).toBe(404);
    expect(await statusOf(s.carry(s.editors[0]!.actor))).toBe(403);
    expect(await statusOf(s.carry(s.observer.actor))).toBe(403);
    expect(await statusOf(s.carry(s.foreignAdmin.actor))).toBe(404);

    // The meeting hands 2022's head role to Uông Bí: its head account now heads 2022, Hạ Long's only 2021.
    await db.transaction((tx) => handHeadRole(tx, system, { clusterId: s.cluster.id, unitId: s.uongbi }));
    const formerHead = await reloaded(db, s.head.actor);
    expect(formerHead.kind === "user" && formerHead.grants.map((g) => g.clusterId)).toEqual([s.cluster.id]);
    expect(await statusOf(s.carry(formerHead))).toBe(403);
    const newHead = await reloaded(db, s.uongbiHead);

    // Uông Bí's head sees 2021's tasks (to choose among them) and carries one, with the points it set.
    const list = await listTasks({ db, actor: newHead, now: new Date(), year: 2021 });
    expect(list.tasks.map((t) => t.id)).toContain(s.task.id);
    expect(list.clusters.find((c) => c.clusterId === s.cluster.id)?.nextPact).toMatchObject({
      clusterId: next.id,
      canCarry: true,
      total: 90,
      room: 10,
    });
    expect(list.clusters.find((c) => c.clusterId === s.cluster.id)?.canManage).toBe(false);
    const result = await s.carry(newHead, 4);
    expect(result.carried.map((c) => c.code)).toEqual(["NV2021.1"]);
    const after = await listTasks({ db, actor: newHead, now: new Date(), clusterId: s.cluster.id });
    expect(after.clusters[0]?.nextPact).toMatchObject({ total: 94, room: 6 });
    const view = await getTask({ db, actor: newHead, taskId: s.task.id, now: new Date() });
    expect(view.carriedCriterionCode).toBe("NV2021.1");
  });

  it("lets this year's head carry while next year's cluster has no head unit yet", async () => {
    const { db } = database;
    const s = await twoYears();
    // Hạ Long is dissolved at the end of 2021, so the 2022 clone has no head until a meeting names one.
    await dissolveOrganization({
      db,
      actor: system,
      input: { orgId: s.units[0]!.id, lastDay: "2021-12-31" },
    });
    const next = await cloneCluster({ db, actor: system, clusterId: s.cluster.id, input: { year: 2022 } });
    await draftWithRoom(db, next.id);
    const head = await reloaded(db, s.head.actor);
    expect(head.kind === "user" && head.grants.map((g) => g.clusterId)).toEqual([s.cluster.id]);
    const list = await listTasks({ db, actor: head, now: new Date(), clusterId: s.cluster.id });
    expect(list.clusters[0]?.nextPact).toMatchObject({ clusterId: next.id, canCarry: true, room: 10 });
    expect(await statusOf(s.carry(s.editors[1]!.actor))).toBe(403);
    expect((await s.carry(head, 10)).carried.map((c) => c.code)).toEqual(["NV2021.1"]);

    // Once the meeting names Uông Bí, carrying is its head's: this year's head may no longer.
    const second = await makeTask(db, s, { title: "Tuyên truyền bầu cử đại biểu Quốc hội" });
    await db.transaction((tx) => handHeadRole(tx, system, { clusterId: s.cluster.id, unitId: s.uongbi }));
    const input = { clusterId: s.cluster.id, items: [{ taskId: second.id, max: 1 }] };
    expect(await statusOf(carryTasksToPact({ db, actor: head, input }))).toBe(403);
    // The draft is full (90 + 10): Uông Bí's head is told so rather than pushing it past 100.
    expect(await statusOf(carryTasksToPact({ db, actor: await reloaded(db, s.uongbiHead), input }))).toBe(
      400,
    );
  });
});
