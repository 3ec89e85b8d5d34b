import type { Criterion } from "../../contracts/cluster-year";
import type { Db } from "../../db/types";
import { grant, makeCluster, makeCouncil, makeUnits, makeUser, system } from "../../test-support/factories";
import type { Actor } from "../auth/actor";
import { grantsOf } from "../auth/repo";
import { createPact } from "../pacts/create-pact";
import { updatePact } from "../pacts/update-pact";
import { createReferenceDocument } from "../reference-documents/create-reference-document";
import { createTask } from "./create-task";

// A council of its own with a six-member cluster for 2021, one account per role, and Resolution 11-NQ/TU.

export const UNIT_NAMES = ["Hạ Long", "Uông Bí", "Quảng Yên", "Đông Triều", "Cẩm Phả", "Móng Cái"].map(
  (p) => `Ban Tuyên giáo ${p}`,
);

export async function setUpTasks(db: Db) {
  const { councilId } = await makeCouncil(db);
  const units = await makeUnits(db, councilId, UNIT_NAMES);
  const [outsideUnit] = await makeUnits(db, councilId, ["Ban Tuyên giáo Huyện ủy Ba Chẽ"]);
  const cluster = await makeCluster(
    db,
    councilId,
    units.map((u) => u.id),
    2021,
  );
  const admin = await makeUser(db, [grant("council_admin", councilId)]);
  const head = await makeUser(db, [
    grant("cluster_head", councilId, { clusterId: cluster.id, unitId: units[0]!.id }),
  ]);
  const editors = [];
  for (const unit of units)
    editors.push(await makeUser(db, [grant("unit_editor", councilId, { unitId: unit.id })]));
  const observer = await makeUser(db, [grant("observer", councilId)]);
  const outsider = await makeUser(db, [grant("unit_editor", councilId, { unitId: outsideUnit!.id })]);
  const foreign = await makeCouncil(db, "Cơ quan chủ trì khác");
  const foreignAdmin = await makeUser(db, [grant("council_admin", foreign.councilId)]);
  const resolution = await createReferenceDocument({
    db,
    actor: system,
    input: {
      councilId,
      symbol: "Số 11-NQ/TU",
      issuingBody: "Tỉnh ủy Quảng Ninh",
      issuedOn: "2018-03-09",
      title: "Về xây dựng và phát triển văn hóa, con người Quảng Ninh đáp ứng yêu cầu phát triển bền vững",
      validFrom: "2018-03-09",
    },
  });
  return {
    councilId,
    units,
    outsideUnit: outsideUnit!,
    cluster,
    admin,
    head,
    editors,
    observer,
    outsider,
    foreignAdmin,
    resolution,
  };
}

export type TaskSetup = Awaited<ReturnType<typeof setUpTasks>>;

/** A 2021 task of the whole cluster, quarterly, with a target per unit for the first three. */
export function makeTask(db: Db, s: TaskSetup, overrides: Record<string, unknown> = {}) {
  return createTask({
    db,
    actor: system,
    input: {
      clusterId: s.cluster.id,
      title: "Tiếp tục triển khai thực hiện Nghị quyết số 11-NQ/TU ngày 9/3/2018",
      assignTo: "all",
      leadUnitId: s.units[0]!.id,
      indicator: "Số buổi tuyên truyền",
      indicatorUnit: "buổi",
      targets: { [s.units[0]!.id]: 12, [s.units[1]!.id]: 10, [s.units[2]!.id]: 8 },
      weight: 2,
      startDate: "2021-01-01",
      deadline: "2021-12-31",
      cadence: "quarterly",
      ...overrides,
    },
  });
}

/** The actor as the server would build it now, with the grants the database holds (they follow the head unit). */
export async function reloaded(db: Db, actor: Actor): Promise<Actor> {
  if (actor.kind !== "user") return actor;
  const rows = await grantsOf(db, actor.userId);
  return {
    ...actor,
    grants: rows.map(({ grant: g }) => ({
      role: g.role,
      councilId: g.councilId,
      clusterId: g.clusterId,
      unitId: g.unitId,
    })),
  };
}

/** Next year's draft pact from the propaganda template (100 points) without group VI (10): 90 points, 10 free. */
export async function draftWithRoom(db: Db, clusterId: string) {
  const pact = await createPact({ db, actor: system, clusterId, input: { source: "template" } });
  const criteria = (pact.criteria as Criterion[]).filter((c) => c.code !== "VI");
  return updatePact({ db, actor: system, clusterId, input: { version: pact.version, criteria } });
}
