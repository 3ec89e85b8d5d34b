import type { DbOrTx } from "../../db/types";
import { positionsOfOrganization } from "./positions-of-org";

/** The post a named person held in the organisation on a day (YYYY-MM-DD), if the register knows it. */
export async function postHeld(
  db: DbOrTx,
  orgId: string,
  fullName: string,
  date: string,
): Promise<string | null> {
  const posts = await positionsOfOrganization(db, orgId);
  const post = posts.find(
    (p) => p.fullName === fullName && p.validFrom <= date && (p.validTo === null || p.validTo >= date),
  );
  return post?.title ?? null;
}
