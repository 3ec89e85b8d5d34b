import type { Person } from "../../contracts/orgs";
import { todayVn } from "../../core/orgs/dated";
import { compareVi } from "../../core/text/collate";
import type { Db } from "../../db/types";
import { type Actor, visibleCouncilIds } from "../auth/actor";
import { namesAt } from "../orgs/list-organizations";
import { listPeopleOf, positionsOfPeople } from "./repo";

/** People of the actor's councils with all their dated posts; organisation names as on `at`. */
export async function listPeople(args: { db: Db; actor: Actor; at?: string }): Promise<Person[]> {
  const at = args.at ?? todayVn();
  const persons = await listPeopleOf(args.db, visibleCouncilIds(args.actor));
  const posts = await positionsOfPeople(
    args.db,
    persons.map((p) => p.id),
  );
  const orgNames = await namesAt(args.db, [...new Set(posts.map((p) => p.orgId))], at);
  return persons
    .map((p) => ({
      id: p.id,
      fullName: p.fullName,
      positions: posts
        .filter((pos) => pos.personId === p.id)
        .sort((a, b) => a.validFrom.localeCompare(b.validFrom))
        .map((pos) => ({
          orgId: pos.orgId,
          orgName: orgNames.get(pos.orgId)?.name ?? "",
          title: pos.title,
          validFrom: pos.validFrom,
          validTo: pos.validTo,
        })),
    }))
    .sort(
      (a, b) => compareVi(lastName(a.fullName), lastName(b.fullName)) || compareVi(a.fullName, b.fullName),
    );
}

/** Vietnamese names sort by the given name, the last word. */
const lastName = (fullName: string) => fullName.trim().split(/\s+/).at(-1) ?? fullName;
