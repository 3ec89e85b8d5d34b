import type { Criterion } from "../../contracts/cluster-year";
import type { Db } from "../../db/types";
import { grant, makeCluster, makeCouncil, makeUnits, makeUser } from "../../test-support/factories";

// A council of its own with a six-member cluster and one account per role, for the pact's tests.

export const UNIT_NAMES = [
  "Ban Tuyên giáo Thành ủy Hạ Long",
  "Ban Tuyên giáo Thành ủy Uông Bí",
  "Ban Tuyên giáo Thị ủy Quảng Yên",
  "Ban Tuyên giáo Thị ủy Đông Triều",
  "Ban Tuyên giáo Thành ủy Cẩm Phả",
  "Ban Tuyên giáo Thành ủy Móng Cái",
];

export async function setUpCluster(db: Db) {
  const { councilId } = await makeCouncil(db);
  const units = await makeUnits(db, councilId, UNIT_NAMES);
  const [outsideUnit] = await makeUnits(db, councilId, ["Ban Tuyên giáo Huyện ủy Ba Chẽ"]);
  const cluster = await makeCluster(
    db,
    councilId,
    units.map((u) => u.id),
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
  return { councilId, units, cluster, admin, head, editors, observer, outsider, foreignAdmin };
}

/** A criterion of a table by code, for reading and editing in tests. */
export function criterionOf(criteria: Criterion[], code: string): Criterion {
  for (const c of criteria) {
    if (c.code === code) return c;
    if ("children" in c) {
      try {
        return criterionOf(c.children, code);
      } catch {
        // not in this group
      }
    }
  }
  throw new Error(`no criterion ${code}`);
}
