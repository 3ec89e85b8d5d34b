import type { Db } from "../db/types";
import { type Actor, type Grant, systemActor } from "../modules/auth/actor";
import { createUser } from "../modules/auth/create-user";
import * as seed from "./seed-data";

export type DemoAccount = { username: string; description: string };

export type DemoAccounts = {
  accounts: DemoAccount[];
  admin: Actor;
  head: Actor;
  /** Each unit's editor, by unit code. */
  editors: Map<string, Actor>;
  /** The demo meetings' chair (Trương Công Ngàn) and secretary, who sign the minutes as themselves. */
  chair: Actor;
  secretary: Actor;
  accountIds: Map<string, string>;
};

/** The demo's accounts (password seed.DEMO_PASSWORD), and the Actor each would be once signed in. */
export async function createDemoAccounts(
  db: Db,
  councilId: string,
  headClusterIds: string[],
  unitIds: Map<string, string>,
): Promise<DemoAccounts> {
  const accounts: DemoAccount[] = [];
  const actors = new Map<string, Actor>();
  const accountIds = new Map<string, string>();
  const scope = (role: Grant["role"], s: { clusterId?: string; unitId?: string } = {}): Grant => ({
    role,
    councilId,
    clusterId: s.clusterId ?? null,
    unitId: s.unitId ?? null,
  });
  const account = async (username: string, displayName: string, description: string, grants: Grant[]) => {
    const input = { username, displayName, password: seed.DEMO_PASSWORD, grants };
    const user = await createUser({ db, actor: systemActor("demo"), input });
    accounts.push({ username, description });
    actors.set(username, { kind: "user", userId: user.id, username, displayName, grants });
    return user.id;
  };

  await account("admin", "Quản trị Ban Tuyên giáo Tỉnh ủy", "quản trị cơ quan chủ trì (council admin)", [
    scope("council_admin"),
  ]);
  const headUnit = unitIds.get(seed.cluster.head);
  await account(
    "cumtruong",
    "Cụm trưởng Cụm 1",
    "cụm trưởng Cụm 1 năm 2020, 2021 (cluster head)",
    headClusterIds.map((clusterId) => scope("cluster_head", { clusterId, unitId: headUnit })),
  );
  const editors = new Map<string, Actor>();
  for (const u of seed.units) {
    const grants = [scope("unit_editor", { unitId: unitIds.get(u.code) })];
    const id = await account(
      u.account,
      `Cán bộ Ban Tuyên giáo ${u.place}`,
      `biên tập viên đơn vị ${u.place} (unit editor)`,
      grants,
    );
    accountIds.set(u.code, id);
    editors.set(u.code, actors.get(u.account) as Actor);
  }
  await account("quansat", "Quan sát viên", "chỉ xem kết quả đã công bố (observer)", [scope("observer")]);
  await account("chutri", "Trương Công Ngàn", "chủ trì các hội nghị của Cụm 1, ký biên bản (observer)", [
    scope("observer"),
  ]);
  await account(
    "thuky",
    "Chuyên viên Ban Tuyên giáo Tỉnh ủy",
    "thư ký các hội nghị của Cụm 1, ký biên bản (observer)",
    [scope("observer")],
  );
  return {
    accounts,
    admin: actors.get("admin") as Actor,
    head: actors.get("cumtruong") as Actor,
    editors,
    accountIds,
    chair: actors.get("chutri") as Actor,
    secretary: actors.get("thuky") as Actor,
  };
}
