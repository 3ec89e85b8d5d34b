import { addPersonInput } from "../../contracts/orgs";
import { parseInput } from "../../contracts/parse";
import type { Db } from "../../db/types";
import { recordAudit } from "../audit/record-audit";
import type { Actor } from "../auth/actor";
import { assertCanManageCouncil } from "../orgs/policy";
import { insertPerson } from "./repo";

/** Records a person (cán bộ) of a council. */
export async function addPerson(args: { db: Db; actor: Actor; input: unknown }) {
  const input = parseInput(addPersonInput, args.input);
  assertCanManageCouncil(args.actor, input.councilId);
  return args.db.transaction(async (tx) => {
    const person = await insertPerson(tx, input);
    await recordAudit(tx, args.actor, {
      councilId: input.councilId,
      action: "create",
      entity: "person",
      entityId: person.id,
      after: input,
    });
    return person;
  });
}
