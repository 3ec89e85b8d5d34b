import { describe, expect, it } from "vitest";
import { roleNames } from "../../../src/db/schema/accounts";
import type { ClusterRow } from "../../../src/modules/clusters/repo";
import { managesMeeting } from "../../../src/modules/meetings/policy";
import { conveneAnywhere, mayConvene } from "./convene-rule";

// The "Triệu tập hội nghị" button follows the server's rule: for every role, in this council or another,
// scoped to this cluster or another, the page offers convening exactly when the API would allow it.

const COUNCIL = "00000000-0000-4000-8000-000000000001";
const OTHER_COUNCIL = "00000000-0000-4000-8000-000000000002";
const CLUSTER = "00000000-0000-4000-8000-000000000010";
const OTHER_CLUSTER = "00000000-0000-4000-8000-000000000011";
const cluster = { id: CLUSTER, councilId: COUNCIL } as ClusterRow;

describe("who is offered to convene a meeting", () => {
  const cases = roleNames.flatMap((role) =>
    [COUNCIL, OTHER_COUNCIL].flatMap((councilId) =>
      [CLUSTER, OTHER_CLUSTER, null].map((clusterId) => ({ role, councilId, clusterId })),
    ),
  );

  it.each(cases)("$role of $councilId for cluster $clusterId: as the server decides", (g) => {
    const grant = { ...g, unitId: null };
    const server = managesMeeting(
      { kind: "user", userId: "u", username: "u", displayName: "u", grants: [grant] },
      { cluster },
    );
    const web = mayConvene([{ ...grant, councilName: "", unitName: null }], cluster);
    expect(web).toBe(server);
  });

  it("offers the button only to council admins and cluster heads", () => {
    const me = (role: (typeof roleNames)[number]) => [
      { role, councilId: COUNCIL, councilName: "", clusterId: CLUSTER, unitId: null, unitName: null },
    ];
    expect(roleNames.filter((r) => conveneAnywhere(me(r)))).toEqual(["council_admin", "cluster_head"]);
  });
});
