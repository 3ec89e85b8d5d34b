import { eq } from "drizzle-orm";
import { clusters } from "../db/schema";
import type { Db } from "../db/types";
import type { Actor } from "../modules/auth/actor";
import { findUserByUsername, grantsOf } from "../modules/auth/repo";
import { pactForScoring } from "../modules/pacts/pact-for-scoring";

/** A demo account as the session middleware would make it once signed in (its grants from the database). */
export async function demoActor(db: Db, username: string): Promise<Actor> {
  const user = await findUserByUsername(db, username);
  if (!user) throw new Error(`no demo account ${username}`);
  const grants = await grantsOf(db, user.id);
  return {
    kind: "user",
    userId: user.id,
    username: user.username,
    displayName: user.displayName,
    grants: grants.map(({ grant }) => ({
      role: grant.role,
      councilId: grant.councilId,
      clusterId: grant.clusterId,
      unitId: grant.unitId,
    })),
  };
}

/** The demo cluster of a year and its members, unit code → unit id. */
export async function demoCluster(db: Db, year: number) {
  const [row] = await db.select().from(clusters).where(eq(clusters.year, year));
  if (!row) throw new Error(`no demo cluster for ${year}`);
  const scoring = await pactForScoring(db, row.id);
  const units = Object.fromEntries((scoring?.units ?? []).map((u) => [u.code, u.unitId]));
  return { clusterId: row.id, councilId: row.councilId, units };
}
