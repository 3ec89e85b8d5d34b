import { randomBytes } from "node:crypto";
import type { Db } from "../db/types";
import { type Actor, type Grant, systemActor } from "../modules/auth/actor";
import { createUser } from "../modules/auth/create-user";
import { createCluster } from "../modules/clusters/create-cluster";
import { createCouncil } from "../modules/orgs/create-council";
import { createUnit } from "../modules/orgs/create-unit";

export const system = systemActor("test");
export const TEST_PASSWORD = "mat-khau-thu-nghiem";
const tag = () => randomBytes(4).toString("hex");

/** A council of its own for each test, so tests never share state. */
export async function makeCouncil(db: Db, name = "Ban Tuyên giáo Tỉnh ủy Thử nghiệm") {
  return createCouncil({ db, actor: system, input: { code: `C-${tag()}`, name, validFrom: "2015-01-01" } });
}

export async function makeUnits(db: Db, councilId: string, names: string[], validFrom = "2015-01-01") {
  const units = [];
  for (const name of names) {
    units.push(
      await createUnit({ db, actor: system, input: { councilId, code: `U-${tag()}`, name, validFrom } }),
    );
  }
  return units;
}

export async function makeCluster(db: Db, councilId: string, unitIds: string[], year = 2020, code = "CUM1") {
  return createCluster({
    db,
    actor: system,
    input: {
      councilId,
      kind: "cum",
      code,
      name: `Cụm thi đua ${code}`,
      year,
      members: unitIds.map((unitId, i) => ({
        unitId,
        role: i === 0 ? "head" : i === 1 ? "deputy" : "member",
      })),
    },
  });
}

/** A user with the given grants, and the Actor the server would build for them. */
export async function makeUser(db: Db, grants: Grant[]): Promise<{ username: string; actor: Actor }> {
  const username = `u-${tag()}`;
  const user = await createUser({
    db,
    actor: system,
    input: { username, displayName: username, password: TEST_PASSWORD, grants },
  });
  return { username, actor: { kind: "user", userId: user.id, username, displayName: username, grants } };
}

export const grant = (
  role: Grant["role"],
  councilId: string,
  scope: { clusterId?: string; unitId?: string } = {},
): Grant => ({
  role,
  councilId,
  clusterId: scope.clusterId ?? null,
  unitId: scope.unitId ?? null,
});
