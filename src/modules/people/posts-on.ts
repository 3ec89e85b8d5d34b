import { isValidOn } from "../../core/orgs/dated";
import type { DbOrTx } from "../../db/types";
import { findPerson, positionsOfPeople } from "./repo";

/** A person and every post they held on `date` (one may hold several), oldest first; undefined if unknown. */
export async function postsOfPersonOn(db: DbOrTx, personId: string, date: string) {
  const person = await findPerson(db, personId);
  if (!person) return undefined;
  const posts = (await positionsOfPeople(db, [personId]))
    .filter((p) => isValidOn(p, date))
    .sort((a, b) => a.validFrom.localeCompare(b.validFrom));
  return { person, posts: posts.map((p) => ({ orgId: p.orgId, title: p.title })) };
}
