import { todayVn } from "../core/orgs/dated";
import { openDatabase, openOptionsFromEnv } from "../db/open";
import { systemActor } from "../modules/auth/actor";
import { createUser } from "../modules/auth/create-user";
import { createCouncil } from "../modules/orgs/create-council";

export type AdminCreateOptions = {
  councilCode: string;
  councilName: string;
  username: string;
  password: string;
  displayName?: string;
};

/** Makes a new council and its first admin, for a fresh (non-demo) installation. */
export async function runAdminCreate(
  opts: AdminCreateOptions,
  env: NodeJS.ProcessEnv = process.env,
): Promise<void> {
  const database = await openDatabase(openOptionsFromEnv(env));
  try {
    const actor = systemActor("cli");
    const { councilId } = await createCouncil({
      db: database.db,
      actor,
      input: { code: opts.councilCode, name: opts.councilName, validFrom: todayVn() },
    });
    await createUser({
      db: database.db,
      actor,
      input: {
        username: opts.username,
        displayName: opts.displayName ?? opts.username,
        password: opts.password,
        grants: [{ role: "council_admin", councilId }],
      },
    });
    console.log(`Đã tạo cơ quan "${opts.councilName}" và quản trị viên "${opts.username}".`);
  } finally {
    await database.close();
  }
}
